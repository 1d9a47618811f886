import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../cli/helpers';
import { analyzeFile, type AnalyzedFile } from '../../server/src/core/analyze';
import { buildSystem } from '../../server/src/core/engine';
import { diagramOutline, diagramSvg, governanceDiagram, layoutDiagram, BOX } from '../../server/src/core/render/diagram';
import type { Diagram, DiagramBox } from '../../server/src/core/render/tree';

/**
 * The governance structure diagram: one box per committee, joint working arrangement and place,
 * each under the body it reports to; an arrangement's box says with whom, for what, and who
 * exercises or oversees it; a further reporting line is said in the box; laid out by d3-hierarchy
 * without two boxes overlapping.
 */
function read(file: string): AnalyzedFile {
  return analyzeFile(`file://${file}`, fs.readFileSync(file, 'utf8'));
}

function diagramOf(files: AnalyzedFile[]): Diagram {
  const system = buildSystem(files);
  const icb = system.icbs[0];
  const id = icb.model.icb?.id?.value;
  return governanceDiagram(
    icb.model,
    system.places.filter((p) => p.model.icb?.value === id),
    system.icps.filter((p) => p.model.icb?.value === id),
    icb.uri,
    system,
  );
}

const box = (d: Diagram, id: string): DiagramBox => {
  const b = d.boxes.find((x) => x.id === id);
  assert.ok(b, `a box ${id}`);
  return b;
};

function assertNoOverlap(d: Diagram): void {
  const l = layoutDiagram(d);
  assert.equal(l.boxes.length, d.boxes.length, 'every box is placed');
  for (const a of l.boxes) {
    assert.ok(a.x >= 0 && a.y >= 0 && a.x + BOX.width <= l.width && a.y + a.height <= l.height, `${a.id} inside the drawing`);
    for (const b of l.boxes) {
      if (a === b || a.x !== b.x) continue;
      assert.ok(a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} and ${b.id} do not overlap`);
    }
  }
}

describe('the governance structure diagram', () => {
  const VALID = path.join(ROOT, 'samples/valid');
  const valid = () => diagramOf(fs.readdirSync(VALID).map((n) => read(path.join(VALID, n))));

  it('has one box per committee, arrangement and place of the valid sample, and the board and the partnership', () => {
    const d = valid();
    const count = (kind: DiagramBox['kind']) => d.boxes.filter((b) => b.kind === kind).length;
    assert.equal(count('board'), 1);
    assert.equal(count('committee') + count('sub-committee'), 5);
    assert.equal(count('arrangement'), 6);
    assert.equal(count('place'), 3);
    assert.equal(count('partnership'), 1);
  });

  it('puts each arrangement under the body it reports to, and says who exercises or oversees it', () => {
    const d = valid();
    const primary = box(d, 'arrangement:nhse-primary-care');
    assert.equal(primary.parent, 'icb-board');
    assert.equal(primary.label, 'Delegation from NHS England');
    assert.deepEqual(primary.notes, ['Primary care functions', 'exercised by Primary Care Commissioning Committee']);
    const specialised = box(d, 'arrangement:nhse-specialised');
    assert.equal(specialised.parent, 'committee:quality');
    assert.deepEqual(specialised.notes, ['Specialised services', 'exercised by joint committee with NHS Fenland and Marsh Integrated Care Board and NHS England (East of England)']);
    const jc = box(d, 'arrangement:east-joint-committee');
    assert.equal(jc.parent, 'icb-board');
    assert.deepEqual(jc.notes, ['with NHS Fenland and Marsh Integrated Care Board and NHS England (East of England)', 'Specialised services']);
    const cic = box(d, 'arrangement:quality-cic');
    assert.equal(cic.label, 'Committees in common');
    assert.deepEqual(cic.notes, ['with Castlebridge Hospitals NHS Foundation Trust', 'System quality improvement', 'ICB committee: Quality and Safety Committee']);
    assert.deepEqual(box(d, 'arrangement:bcf-northmoor').notes, ['with Northmoor County Council', 'Intermediate care, reablement and disabled facilities grant', 'pooled fund £98,000,000']);
    // overseen by the committee it reports to: said once, by the line
    const mh = box(d, 'arrangement:mh-collaborative');
    assert.equal(mh.parent, 'committee:quality');
    assert.equal(mh.label, 'Delegation to Northmoor Mental Health NHS Foundation Trust');
    assert.deepEqual(mh.notes, ['Adult secure mental health services commissioning']);
    // places stay where they were: under the committee that governs them, else the board
    assert.equal(box(d, 'place:north-northmoor').parent, 'committee:place-committee-north-northmoor');
    assert.equal(box(d, 'place:castlebridge').parent, 'icb-board');
    assertNoOverlap(d);
  });

  it('draws the boxes as SVG with their text, and a further reporting line written in the box', () => {
    const d = valid();
    const svg = diagramSvg(d);
    assert.equal((svg.match(/<g class="box /g) ?? []).length, d.boxes.length);
    assert.equal((svg.match(/<g class="box box-arrangement"/g) ?? []).length, 6);
    assert.match(svg, /<text class="box-detail" x="10" y="[\d.]+">exercised by Primary Care<\/text><text class="box-detail" x="10" y="[\d.]+">Commissioning Committee<\/text>/);
    // names shortened in the small lines: "Integrated Care Board" as ICB
    assert.match(svg, />with NHS Fenland and Marsh ICB and</);
    assert.match(svg, />also reports to the partnership</);
    // lines only from a body to what reports to it: one per box under another
    assert.equal((svg.match(/<path class="edge"/g) ?? []).length, d.boxes.filter((b) => b.parent).length);
  });

  it('two reporting lines, a place under its joint committee, and a loop of reporting lines (fixture)', () => {
    const d = diagramOf([read(path.join(ROOT, 'test/render/fixtures/beyond.yaml'))]);
    const jc = box(d, 'arrangement:west-jc');
    assert.equal(jc.parent, 'committee:quality');
    assert.deepEqual(jc.alsoTo, ['committee:audit']);
    assert.equal(box(d, 'place:west').parent, 'arrangement:west-jc');
    // an arrangement that reports to nothing declared goes under the board
    assert.equal(box(d, 'arrangement:bcf').parent, 'icb-board');
    // loop-a reports to loop-b and loop-b to loop-a: both are drawn, one under the board
    const a = box(d, 'arrangement:loop-a');
    const b = box(d, 'arrangement:loop-b');
    assert.deepEqual([a.parent, b.parent].sort(), ['arrangement:loop-a', 'icb-board']);
    assert.equal(d.boxes.filter((x) => x.kind === 'arrangement').length, 5);
    assertNoOverlap(d);
    const outline = diagramOutline(d);
    assert.deepEqual(
      outline.find((o) => o.box.id === 'arrangement:west-jc')?.also,
      ['Audit Committee'],
    );
    assert.match(diagramSvg(d), />also reports to Audit Committee</);
  });
});
