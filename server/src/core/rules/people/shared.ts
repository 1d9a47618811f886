/** Helpers shared by the §9 rules (people and communities; the VCSE partnership). */

export const SECTION = '9. Working with people and communities; VCSE partnership';

/**
 * The ten principles for working with people and communities, numbered as in the rule catalogue
 * (the ICS design framework's order, as adopted by Cheshire and Merseyside and HWE 9.1.3).
 */
export const TEN_PRINCIPLES: Record<number, string> = {
  1: "put the voices of people and communities at the centre of decision-making and governance, at every level",
  2: 'start engagement early and feed back how it influenced decisions',
  3: "understand communities' needs, experience and aspirations, and test whether change is working",
  4: 'build relationships with excluded groups, especially those affected by inequalities',
  5: 'work with Healthwatch and the VCSE sector as key partners',
  6: 'give clear, accessible public information about vision, plans and progress',
  7: 'use community development approaches that empower people and communities',
  8: 'use co-production, insight and engagement to achieve accountable services',
  9: 'co-produce and redesign services and tackle priorities with people and communities',
  10: 'learn from what works and build on the assets of all ICS partners',
};
