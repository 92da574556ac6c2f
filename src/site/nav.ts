import type { Strings } from '../i18n/vi.ts';

/** One entry of the main navigation; `key` names its label in the UI strings. */
export interface NavItem {
  href: `/${string}`;
  key: keyof Omit<Strings['nav'], 'label' | 'menu'>;
}

/** Main navigation, in display order. Routes are public (docs/routes.md). */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', key: 'home' },
  { href: '/ke-hoach/', key: 'plan' },
  { href: '/ban-do/', key: 'map' },
  { href: '/tien-do/', key: 'progress' },
  { href: '/tieu-chi/', key: 'criteria' },
  { href: '/dien-hinh/', key: 'profiles' },
  { href: '/tin-tuc/', key: 'updates' },
  { href: '/du-lieu/', key: 'data' },
  { href: '/tim-kiem/', key: 'search' },
];

/**
 * `aria-current` for a nav item on the page at `pathname`: "page" on the
 * item's own page, "true" inside its section (`/tin-tuc/<slug>/` under
 * Tin tức), nothing otherwise.
 */
export function navCurrent(href: string, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(href)) return 'true';
  return undefined;
}
