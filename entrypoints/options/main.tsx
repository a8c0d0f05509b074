/**
 * The options page's wiring: loads the settings, renders OptionsApp, stores each change at once
 * (repaired by saveSettings) and follows changes made elsewhere (the popup, a sidebar in any tab).
 */
import '../../components/theme.css';
import '../../components/pages.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/OptionsApp';
import { DEFAULT_SETTINGS, loadSettings, repairSettings, saveSettings, SIDEBAR_WIDTH, watchSettings, type Settings } from '../../utils/settings';

/** How long "Saved" stays up. */
const SAVED_MS = 1500;

/** The page's state: the settings as stored, and whether a change was just saved. */
function Options() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS, disabledSites: [] });
  const [saved, setSaved] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands.getAll().then((all) => setShortcut(all.find((c) => c.name === 'toggle-sidebar')?.shortcut || null)).catch(() => {});
    return watchSettings(setSettings);
  }, []);
  const onChange = (patch: Partial<Settings>) => {
    const next = repairSettings({ ...settings, ...patch });
    setSettings(next);
    void saveSettings(next).then(() => {
      setSaved(true);
      setTimeout(() => setSaved(false), SAVED_MS);
    });
  };
  return <OptionsApp settings={settings} widthLimits={SIDEBAR_WIDTH} shortcut={shortcut} saved={saved} onChange={onChange} />;
}

render(<Options />, document.getElementById('app')!);
