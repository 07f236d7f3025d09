export function ControlBar() {
  return <footer />;
}
