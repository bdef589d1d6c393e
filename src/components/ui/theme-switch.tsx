import { useEffect, useId, useState } from 'react';
import './ui.css';

/** The colour scheme chosen: the system's (the default), or always light or dark. */
export type Theme = 'system' | 'light' | 'dark';

const storageKey = 'specwright-theme';

function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Sets the theme on the page (`data-theme` on the root element; none follows the system setting). */
function applyTheme(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** "Colours: System / Light / Dark", remembered in this browser. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const id = useId();
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <span className="theme-switch">
      <label htmlFor={id}>Colours</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          const next = event.target.value as Theme;
          setTheme(next);
          try {
            window.localStorage.setItem(storageKey, next);
          } catch {
            // Not remembered (storage blocked): still applied to this page.
          }
        }}
      >
        <option value="system">Like the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  );
}
