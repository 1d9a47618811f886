import type { RuleContext } from '../framework';
import type { Registration } from '../../model/kinds';
import type { Loc, Scalar } from '../../model/spec';
import { boardMembers, items, memberLabel, text } from '../../model/query';

/** Someone whose profession and registration the §10 rules check: a board member or a place's clinical and care professional lead. */
export interface ProfessionalPerson {
  /** "Dr Ruth Ode (ruth-ode)", or "Dr Ada Vale, clinical and care professional lead for Castlebridge". */
  label: string;
  profession?: Scalar<string>;
  alliedHealthProfession?: Scalar<string>;
  registration?: Registration;
  loc: Loc;
}

export function professionalPeople(ctx: RuleContext): ProfessionalPerson[] {
  const out: ProfessionalPerson[] = [];
  const leadsOf = (leads: ReturnType<typeof leadList>, place: string | undefined) => {
    for (const l of leads) {
      const name = text(l.name) ?? 'a clinical and care professional lead';
      out.push({
        label: `${name}, clinical and care professional lead${place ? ` for ${place}` : ''}`,
        profession: l.profession,
        alliedHealthProfession: l.allied_health_profession,
        registration: l.registration,
        loc: l.loc,
      });
    }
  };
  if (ctx.icb) {
    for (const m of boardMembers(ctx.icb)) {
      out.push({ label: memberLabel(m), profession: m.profession, alliedHealthProfession: m.allied_health_profession, registration: m.registration, loc: m.loc });
    }
    for (const p of items(ctx.icb.places)) leadsOf(leadList(p.leadership), text(p.name) ?? text(p.id));
  }
  if (ctx.place) leadsOf(leadList(ctx.place.leadership), text(ctx.place.name) ?? text(ctx.place.id));
  return out;
}

type Leadership = NonNullable<NonNullable<RuleContext['place']>['leadership']>;
function leadList(leadership: Leadership | undefined) {
  return items(leadership?.clinical_and_care_professional_leads);
}
