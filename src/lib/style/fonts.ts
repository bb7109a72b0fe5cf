/**
 * The map's two font faces. Their names are shared by the build-time style and the browser,
 * which adds their (hashed) file URLs as the style's `font-faces`.
 */
export const regularFont = 'Noto Sans Regular';
export const boldFont = 'Noto Sans SemiBold';
