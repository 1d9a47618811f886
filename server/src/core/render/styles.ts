/**
 * The styles of every HTML output. Colours are custom properties so the editor's preview can map
 * them onto the theme's; the defaults are for paper and for a browser. Prints on A4.
 */
export const DOCUMENT_CSS = `
:root { --fg: #1b1b1b; --bg: #ffffff; --muted: #5a5a5a; --rule: #c9c9c9; --head-bg: #f2f2f2; --link: #005eb8; --accent: #005eb8;
  --error: #b00020; --error-bg: #fdecee; --warning: #8a5a00; --warning-bg: #fff4ce; --info: #00508c; --info-bg: #e8f1fb; --hint: #555; --hint-bg: #f3f3f3;
  --pass: #1e7b34; --pass-bg: #e6f4ea; --mark: #ffe58a; --box-bg: #f4f8fc; --box-stroke: #005eb8; --place-bg: #f3faf4; --place-stroke: #1e7b34; --icp-bg: #fbf5fc; --icp-stroke: #7a3b8f; --arr-bg: #fff8ee; --arr-stroke: #a35200; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: var(--fg); background: var(--bg); line-height: 1.45; margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem; font-size: 15px; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin: 1.8rem 0 .6rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.3rem 0 .4rem; } h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
h2 .num, h3 .num { color: var(--accent); margin-right: .3rem; }
p { margin: .35rem 0; } p.clause { padding-left: 3rem; text-indent: -3rem; } p.clause .num { display: inline-block; width: 3rem; text-indent: 0; color: var(--muted); font-variant-numeric: tabular-nums; }
p.subtitle { color: var(--muted); margin: .1rem 0; }
a { color: var(--link); } code { font-family: Consolas, "Liberation Mono", monospace; font-size: .92em; }
mark.placeholder { background: var(--mark); color: #000; padding: 0 .2em; border-radius: 2px; font-weight: 600; }
.missing { color: var(--warning); font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92em; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: var(--head-bg); }
tr.heading th { font-weight: 600; font-size: .92em; padding: .3rem .45rem .1rem; background: var(--pass-bg); }
tr.heading.section th { font-size: 1.05em; background: var(--head-bg); padding-top: .45rem; }
tr.finding-row td { border-top: none; padding-top: 0; }
ul { margin: .3rem 0 .6rem 1.5rem; padding-left: 1rem; }
nav.contents ol { columns: 2; margin: .5rem 0 1rem; list-style: none; padding-left: 0; }
aside.finding { border-left: 4px solid var(--info); background: var(--info-bg); margin: .3rem 0 .5rem 3rem; padding: .3rem .6rem; font-size: .9em; }
aside.finding .sev { font-weight: 700; } aside.finding .where { color: var(--muted); }
aside.sev-error { border-color: var(--error); background: var(--error-bg); } aside.sev-error .sev { color: var(--error); }
aside.sev-warning { border-color: var(--warning); background: var(--warning-bg); } aside.sev-warning .sev { color: var(--warning); }
aside.sev-information .sev { color: var(--info); }
aside.sev-hint { border-color: var(--hint); background: var(--hint-bg); }
td aside.finding, li aside.finding { margin-left: 0; }
.has-finding { text-decoration: underline wavy var(--warning); text-decoration-skip-ink: none; text-underline-offset: 3px; }
figure.diagram-figure { margin: .8rem 0 1.2rem; overflow-x: auto; } figure.diagram-figure figcaption { color: var(--muted); font-size: .85em; }
svg.diagram { max-width: 100%; height: auto; font-family: inherit; }
svg.diagram .box rect { fill: var(--box-bg); stroke: var(--box-stroke); stroke-width: 1.2; }
svg.diagram .box-board rect { stroke-width: 2.2; }
svg.diagram .box-place rect { fill: var(--place-bg); stroke: var(--place-stroke); }
svg.diagram .box-partnership rect { fill: var(--icp-bg); stroke: var(--icp-stroke); }
svg.diagram .box-arrangement rect { fill: var(--arr-bg); stroke: var(--arr-stroke); }
svg.diagram .box-absent rect { stroke-dasharray: 4 3; }
svg.diagram .box-label { font-size: 12px; font-weight: 600; fill: var(--fg); }
svg.diagram .box-detail { font-size: 10.5px; fill: var(--muted); }
svg.diagram .edge { fill: none; stroke: var(--muted); stroke-width: 1.2; }
.badge { display: inline-block; min-width: 6.5em; text-align: center; border-radius: 3px; padding: 0 .4em; font-size: .85em; font-weight: 700; }
.badge.passed { background: var(--pass-bg); color: var(--pass); } .badge.failed { background: var(--error-bg); color: var(--error); }
.badge.waived { background: var(--warning-bg); color: var(--warning); } .badge.not-applicable { background: var(--hint-bg); color: var(--hint); font-weight: 400; }
.counts { display: flex; gap: .6rem; flex-wrap: wrap; margin: .5rem 0 1rem; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--rule); border-radius: 4px; padding: .3rem .7rem; } .counts b { font-size: 1.2em; margin-right: .3em; }
.cite { display: block; color: var(--muted); font-size: .88em; margin-top: .15em; }
pre.excerpt { margin: 0; white-space: pre-wrap; font-size: .85em; color: var(--muted); }
[data-line] { cursor: default; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  table { font-size: 8.5pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, aside.finding, figure, p { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  nav.contents { display: none; }
  section.level-1 { break-before: auto; }
  .report-part { break-before: page; }
}
`;
