/**
 * Java and Maven for the Kafka checks: finding them (with a clear message when they are missing), asking Maven
 * for a project's classpath (cached by the pom's content) and compiling the player. Every external command
 * runs with a timeout, so a stuck download or JVM fails the run instead of hanging it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { WORK_DIR } from './paths';

export class ToolError extends Error {}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion, or kills it after `timeoutMs`. */
export function run(cmd: string, args: string[], timeoutMs: number, cwd?: string): RunResult {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    return { status: null, stdout: '', stderr: `${cmd}: not found` };
  }
  if (r.error) throw new ToolError(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const INSTALL_HINT =
  'Install Java 17+ and Maven (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven).';

/** The Java major version, or a ToolError saying how to get Java. */
export function requireJava(): number {
  const r = run('java', ['-version'], 30_000);
  if (r.status !== 0) throw new ToolError(`Java was not found (java -version failed). ${INSTALL_HINT}`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17)
    throw new ToolError(`Java ${major || '?'} is too old: Kafka 4 needs Java 17+. ${INSTALL_HINT}`);
  const javac = run('javac', ['-version'], 30_000);
  if (javac.status !== 0)
    throw new ToolError(`javac was not found (a JRE without the JDK?). ${INSTALL_HINT}`);
  return major;
}

export function requireMaven(): void {
  const r = run('mvn', ['-v'], 60_000);
  if (r.status !== 0) throw new ToolError(`Maven was not found (mvn -v failed). ${INSTALL_HINT}`);
}

/** True when both Java 17+ (with javac) and Maven are on PATH. */
export function hasJavaAndMaven(): boolean {
  try {
    requireJava();
    requireMaven();
    return true;
  } catch {
    return false;
  }
}

/**
 * The classpath of the Maven project in `projectDir`, resolved once (jars land in ~/.m2) and cached in the
 * work folder under the pom's hash. The first run may download Kafka's jars from Maven Central.
 */
export function classpath(projectDir: string, name: string): string {
  const pom = readFileSync(join(projectDir, 'pom.xml'));
  const hash = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  mkdirSync(WORK_DIR, { recursive: true });
  const cache = join(WORK_DIR, `${name}-${hash}.classpath`);
  if (existsSync(cache)) {
    const cp = readFileSync(cache, 'utf8').trim();
    if (cp.split(':').every((jar) => existsSync(jar))) return cp;
  }
  requireMaven();
  console.log(`Resolving ${name} jars with Maven (cached in ~/.m2; the first time downloads them)...`);
  const r = run(
    'mvn',
    ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${cache}`],
    600_000,
    projectDir,
  );
  if (r.status !== 0 || !existsSync(cache)) {
    throw new ToolError(`Maven could not resolve ${name}'s jars:\n${(r.stdout + r.stderr).slice(-2000)}`);
  }
  return readFileSync(cache, 'utf8').trim();
}

function javaSources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return javaSources(p);
    return p.endsWith('.java') ? [p] : [];
  });
}

/** Compiles a Maven project's sources with javac into the work folder; returns the classes folder. */
export function compile(projectDir: string, name: string, cp: string): string {
  const sources = javaSources(join(projectDir, 'src', 'main', 'java'));
  const stamp = createHash('sha256');
  for (const s of sources) stamp.update(s).update(readFileSync(s));
  const out = join(WORK_DIR, `${name}-classes`);
  const stampFile = join(out, '.stamp');
  const digest = stamp.digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) return out;
  mkdirSync(out, { recursive: true });
  const r = run('javac', ['-d', out, '-cp', cp, '--release', '17', ...sources], 300_000);
  if (r.status !== 0) throw new ToolError(`javac failed for ${name}:\n${r.stdout}${r.stderr}`);
  writeFileSync(stampFile, digest);
  return out;
}
