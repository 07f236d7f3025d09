export function LagChart({ size }: { size: 'small' | 'large' }) {
  return <div data-size={size} />;
}
