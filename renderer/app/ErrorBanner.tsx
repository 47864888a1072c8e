import { appSelectors } from '../state/selectors';
import { useAppStore } from '../state/store';

export function ErrorBanner() {
  const error = useAppStore(appSelectors.error);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{error}</span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
