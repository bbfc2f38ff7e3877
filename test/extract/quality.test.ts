import { describe, expect, it } from 'vitest';
import { evaluateFolder } from '../../src/eval/report.js';
import { GOLD } from '../helpers.js';

/**
 * Quality floors on the gold fixtures: the levels reached so far, so a change that makes
 * extraction worse fails here. Raise them as extraction improves; never lower them to pass.
 */
const FLOORS = {
  person: 0.95,
  organization: 0.95,
  country: 0.99,
  statementDetection: 0.95,
  whoSaidWhat: 0.92,
  speakerAccuracy: 0.96,
  kindAccuracy: 0.98,
  about: 0.8,
};

describe('extraction quality on test/fixtures/gold', async () => {
  const report = await evaluateFolder(GOLD);

  it(`people F1 ≥ ${FLOORS.person}`, () => expect(report.entities.PERSON.f1).toBeGreaterThanOrEqual(FLOORS.person));
  it(`organizations F1 ≥ ${FLOORS.organization}`, () => expect(report.entities.ORGANIZATION.f1).toBeGreaterThanOrEqual(FLOORS.organization));
  it(`countries F1 ≥ ${FLOORS.country}`, () => expect(report.entities.COUNTRY.f1).toBeGreaterThanOrEqual(FLOORS.country));
  it(`statement detection F1 ≥ ${FLOORS.statementDetection}`, () => expect(report.statements.detection.f1).toBeGreaterThanOrEqual(FLOORS.statementDetection));
  it(`who-said-what F1 ≥ ${FLOORS.whoSaidWhat}`, () => expect(report.statements.whoSaidWhat.f1).toBeGreaterThanOrEqual(FLOORS.whoSaidWhat));
  it(`speaker accuracy ≥ ${FLOORS.speakerAccuracy}`, () => expect(report.statements.speakerAccuracy).toBeGreaterThanOrEqual(FLOORS.speakerAccuracy));
  it(`kind accuracy ≥ ${FLOORS.kindAccuracy}`, () => expect(report.statements.kindAccuracy).toBeGreaterThanOrEqual(FLOORS.kindAccuracy));
  it(`about F1 ≥ ${FLOORS.about}`, () => expect(report.statements.about.f1).toBeGreaterThanOrEqual(FLOORS.about));
});
