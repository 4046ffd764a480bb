/**
 * Labels are drawn from the device's own fonts: the style has no `glyphs` URL, so MapLibre rasterises text
 * locally (zero font bytes, Chinese included). The stack is a CSS font-family list; the first installed wins.
 */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei'];
export const LOCAL_IDEOGRAPH_FONT_FAMILY = `${LABEL_FONTS.map((f) => `'${f}'`).join(', ')}, sans-serif`;
