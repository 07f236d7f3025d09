/** The address of a share link. */

/** `#/share/<encoded>` on this page's own address (any host, or a file:// page). */
export function shareUrl(encoded: string): string {
  const { origin, pathname, search, protocol, href } = window.location;
  const base =
    protocol === 'file:' || origin === 'null' ? href.split('#')[0]! : `${origin}${pathname}${search}`;
  return `${base}#/share/${encoded}`;
}
