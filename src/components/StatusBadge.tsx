/** Colours per status, chosen to read at a glance and to keep 4.5:1 contrast with their text. */
const colours: Record<string, { background: string; color: string }> = {
  missing: { background: '#eceff3', color: '#333a44' },
  'in-translation': { background: '#e3ecfb', color: '#1d3f7a' },
  'in-review': { background: '#fff1d6', color: '#6b4300' },
  approved: { background: '#dff3e4', color: '#1d5a2c' },
  published: { background: '#1d5a2c', color: '#ffffff' },
  outdated: { background: '#b3261e', color: '#ffffff' },
  scheduled: { background: '#ede4fb', color: '#4a2a7a' },
}

export const StatusBadge = ({ status, text }: { status: string; text: string }) => (
  <span
    data-status={status}
    style={{ ...(colours[status] ?? colours.missing), borderRadius: 4, padding: '1px 6px', fontSize: 12, whiteSpace: 'nowrap', fontWeight: 600 }}
  >
    {text}
  </span>
)
