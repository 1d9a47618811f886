import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/core/yaml/lineIndex';
import { isExpired, parseSuppressions, waiverStatus } from '../../server/src/core/suppressions';

function one(comment: string) {
  const text = `board:\n  ${comment}\n  members: []\n`;
  const [s] = parseSuppressions(text, new LineIndex(text));
  return s;
}

describe('suppressions: waiver status', () => {
  const today = '2026-11-23';
  it('active: a reason, and an expiry today or later (or none)', () => {
    assert.equal(waiverStatus(one('# ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 2026-11-23)'), today), 'active');
    assert.equal(waiverStatus(one('# ics-check-disable-next-line ICS-NED-003 -- recruiting'), today), 'active');
  });
  it('expired: an expiry before today, whatever the reason', () => {
    const s = one('# ics-check-disable-next-line ICS-NED-003 -- recruiting (owner: Board Secretary, expires: 2026-11-22)');
    assert.equal(s.owner, 'Board Secretary');
    assert.equal(waiverStatus(s, today), 'expired');
    assert.ok(isExpired(s, today));
    assert.equal(waiverStatus(one('# ics-check-disable-next-line ICS-NED-003 -- (expires: 2020-01-01)'), today), 'expired');
  });
  it('no reason; invalid expiry', () => {
    assert.equal(waiverStatus(one('# ics-check-disable-next-line ICS-NED-003'), today), 'no reason');
    const bad = one('# ics-check-disable-next-line ICS-NED-003 -- x (expires: 31/03/2027)');
    assert.equal(waiverStatus(bad, today), 'invalid expiry');
    assert.ok(!isExpired(bad, today));
  });
});
