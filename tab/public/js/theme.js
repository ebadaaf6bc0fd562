// @ts-check
// Teams theme: default, dark or high contrast, from teams-js when the page runs inside Teams
// (and again whenever the user switches theme there). Outside Teams the page follows ?theme=
// (how the browser tests and screenshots choose a theme), else the light theme. The Fluent
// tokens set here are CSS custom properties, so styles.css follows them too.
import '/tab/vendor/fluent/web-components-all.min.js';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '/tab/vendor/fluent-tokens/index.js';

/** @typedef {'default' | 'dark' | 'contrast'} TeamsTheme */
const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** @param {string | undefined | null} name */
export function applyTheme(name) {
  /** @type {TeamsTheme} */
  const theme = name === 'dark' || name === 'contrast' ? name : 'default';
  // @ts-expect-error Fluent's bundle puts setTheme on globalThis.Fluent.
  globalThis.Fluent?.setTheme(THEMES[theme]);
  document.documentElement.dataset.theme = theme;
  return theme;
}

/** Applies the theme now, and follows Teams when the user changes it there. */
export async function followTeamsTheme() {
  const asked = new URLSearchParams(location.search).get('theme');
  applyTheme(asked);
  // @ts-expect-error teams-js is loaded as a classic script (window.microsoftTeams).
  const sdk = window.microsoftTeams;
  if (asked || !sdk || window.parent === window) return;
  try {
    await Promise.race([sdk.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000))]);
    const ctx = await sdk.app.getContext();
    applyTheme(ctx?.app?.theme);
    sdk.app.registerOnThemeChangeHandler?.((/** @type {string} */ t) => applyTheme(t));
  } catch {
    // Not in Teams after all (or it did not answer): keep the light theme.
  }
}
