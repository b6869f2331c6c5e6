/** The share button's mark: three linked nodes (the usual "share" sign). */
export function ShareIcon() {
  return (
    <svg className="header-button-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="18" cy="5" r="2.6" />
        <circle cx="6" cy="12" r="2.6" />
        <circle cx="18" cy="19" r="2.6" />
        <path d="M8.4 10.8 15.6 6.3M8.4 13.2l7.2 4.5" />
      </g>
    </svg>
  )
}

/** The embed button's mark: angle brackets, as for code. */
export function EmbedIcon() {
  return (
    <svg className="header-button-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M8.5 6 2.5 12l6 6M15.5 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
