/**
 * The certificate's medal, drawn in SVG so every system shows it (an emoji may be missing from a
 * font, and prints in colours nobody chose). Decorative: the page's text says what it means.
 */
export function Medal({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 64 80" width="64" height="80" aria-hidden="true" focusable="false">
      {/* Ribbon */}
      <path d="M18 2h12l8 30H26z" className="medal-ribbon-left" />
      <path d="M34 2h12l-8 30H26z" className="medal-ribbon-right" />
      {/* Disc, rim and star */}
      <circle cx="32" cy="52" r="24" className="medal-disc" />
      <circle cx="32" cy="52" r="18" className="medal-rim" fill="none" strokeWidth="2.5" />
      <path
        d="M32 39.5l3.67 7.44 8.21 1.19-5.94 5.79 1.4 8.18L32 58.24l-7.34 3.86 1.4-8.18-5.94-5.79 8.21-1.19z"
        className="medal-star"
      />
    </svg>
  );
}
