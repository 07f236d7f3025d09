export function Stage() {
  return <svg role="img" aria-label="The classroom" />;
}
