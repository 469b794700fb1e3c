/** Background colours dark enough for white initials at 4.5:1. */
const AVATAR_COLOURS = ['#0f766e', '#1d4ed8', '#7c3aed', '#be185d', '#b45309', '#15803d', '#475569'];

function hashOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash;
}

/** A messenger avatar: the name's first character on a colour picked from the name, same name same colour. */
export function Avatar({ name, size = 'small' }: { name: string; size?: 'small' | 'large' }) {
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
  return (
    <span className={`avatar avatar-${size}`} style={{ background: AVATAR_COLOURS[hashOf(name) % AVATAR_COLOURS.length] }} aria-hidden="true">
      {initial}
    </span>
  );
}

/** The grey silhouette phones show for a number that is not in the contacts. */
export function UnknownContactAvatar({ size = 'small' }: { size?: 'small' | 'large' }) {
  return (
    <span className={`avatar avatar-grey avatar-${size}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" focusable="false">
        <circle cx="12" cy="9" r="4" fill="currentColor" />
        <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="currentColor" />
      </svg>
    </span>
  );
}
