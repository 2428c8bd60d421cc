import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** The section's name as the officer knows it ("Mẫu thư", "Lời nói cho lúc này"). */
  label: string;
  /** A stable name for tests and styles. */
  section: string;
  children: ReactNode;
  /** Extra ways back, beside trying again (restore the section's defaults, reload the page…). */
  actions?: ReadonlyArray<{ label: string; run: () => unknown }>;
}

/**
 * One broken section never blanks a screen: it is replaced by a notice with a way back, and the rest stays usable.
 * React reports the error through the root's onCaughtError (see report-render-error), never with its data.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  private readonly retry = () => this.setState({ failed: false });

  override render() {
    if (!this.state.failed) return this.props.children;
    const { label, section, actions = [] } = this.props;
    return (
      <div role="alert" className="mctt-section-error" data-testid="section-error" data-section={section}>
        <p>Phần “{label}” gặp lỗi nên tạm ẩn; các phần khác vẫn dùng được.</p>
        <div className="mctt-section-error-actions">
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              onClick={() => {
                void Promise.resolve(action.run()).finally(this.retry);
              }}
            >
              {action.label}
            </button>
          ))}
          <button type="button" onClick={this.retry}>
            Thử lại
          </button>
        </div>
      </div>
    );
  }
}
