/**
 * The tuning values of the two row charts, declared once: the response clocks (one row per
 * case, ResponseTimeChart.astro over responseTimeLayout) and the money figures (one row per
 * figure, FigureRowsChart.astro over figureRowsLayout). The layouts fall back to the wide
 * variant; the components draw both variants and place text and marks inside a row with the
 * `row` values. Lengths are SVG user units, at the sizes the timelines use (timelineDefaults):
 * the wide chart about 1.3 times its size on a laptop, the narrow one about its size on a phone.
 */
export const ROW_CHART_DEFAULTS = {
  responseTime: {
    wide: { width: 720, rowHeight: 70, margin: { top: 30, right: 24, bottom: 8, left: 24 }, minTickSpacing: 40, beforeWidth: 72 },
    narrow: { width: 360, rowHeight: 70, margin: { top: 30, right: 16, bottom: 8, left: 16 }, minTickSpacing: 34, beforeWidth: 72 },
    /**
     * Inside a row: the case's name on the first line, the marks below it, the clock's words
     * under the marks; text 12 units (the name) and 11 (the words), indented `inset`.
     */
    row: { titleY: 15, markY: 34, textY: 55, inset: 4, titleFont: 12, textFont: 11, markRadius: 6, rangeHeight: 10, stem: 7 },
    /** The tick labels stand this far above the plot; their rules start `tickRule` above it. */
    tickLabelGap: 10,
    tickRule: 6,
    /** The words over the zero rule and over the slot before it. */
    zeroLabel: '问题公开',
    beforeLabel: '公开前',
  },
  figures: {
    wide: { width: 720, rowHeight: 40, headerHeight: 30, margin: { top: 26, right: 16, bottom: 8, left: 8 }, minTickSpacing: 44 },
    narrow: { width: 360, rowHeight: 40, headerHeight: 30, margin: { top: 26, right: 10, bottom: 8, left: 6 }, minTickSpacing: 40 },
    /**
     * Inside a row: the label on the first line (12-unit type, `labelRoom` kept free on its
     * right for 出处), the mark `markFromBottom` above the row's foot with its value `valueGap`
     * beside it; marks by unit: a circle, a square, a diamond, of about the same area.
     */
    row: { labelY: 14, font: 12, labelRoom: 60, sourceRoom: 40, markFromBottom: 12, valueGap: 10, edge: 4, circle: 5.5, square: 5, diamond: 6.5, statedRadius: 5 },
    tickLabelGap: 10,
    tickRule: 6,
    /** A tick label this close to an edge is aligned to it rather than centred. */
    tickEdge: { start: 16, end: 24 },
  },
} as const;
