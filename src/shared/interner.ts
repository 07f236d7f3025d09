/**
 * A table of strings numbered in order of first use. The engine numbers record keys and writer names with
 * one (kernel/context.ts); the stage numbers the names it posts to the flights' painter with another
 * (views/stage/flights-pack.ts), so that only names new since the last post cross to the worker.
 */
export class Interner {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  intern(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}
