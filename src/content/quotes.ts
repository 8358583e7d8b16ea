import type { Quote } from './types';

/**
 * Short passages quoted word for word from the article (spelling and
 * punctuation as printed). The validator checks each against its paragraph.
 */
export const quotes = [
  { id: 'unusually-blunt', text: 'unusually blunt', paragraph: 'p4', speaker: 'nyt' },
  { id: 'urgent-leadership', text: 'urgent leadership', paragraph: 'p7', speaker: 'blinken', via: 'nyt' },
  { id: 'lost-faith', text: 'had lost faith', paragraph: 'p7', speaker: 'nyt' },
  {
    id: 'no-comment',
    text: 'as a general matter, we do not comment on alleged correspondence with foreign leaders.',
    paragraph: 'p10',
    speaker: 'state-department',
  },
  {
    id: 'continuation',
    text: 'Ambassador Khalilzad’s trip represents a continuation of American diplomacy in the region.',
    paragraph: 'p11',
    speaker: 'state-department',
  },
  {
    id: 'no-decisions',
    text: 'We have not made any decisions about our force posture in Afghanistan after May 1. All options remain on the table',
    paragraph: 'p12',
    speaker: 'state-department',
  },
  {
    id: 'unified-approach',
    text: 'to discuss a unified approach to supporting peace in Afghanistan.',
    paragraph: 'p14',
    speaker: 'blinken',
  },
  {
    id: 'accelerating',
    text: 'aimed at accelerating discussions on a negotiated settlement and cease-fire.',
    paragraph: 'p15',
    speaker: 'blinken',
  },
  { id: 'designees', text: 'authoritative designees', paragraph: 'p16', speaker: 'blinken' },
  {
    id: 'spring-offensive',
    text: 'to prevent a spring offensive by the Taliban ... to coincide with diplomatic efforts to support a political settlement between the two parties.',
    paragraph: 'p17',
    speaker: 'blinken',
  },
  {
    id: 'security-worsen',
    text: 'Even with the continuation of financial assistance from the United States to your forces after an American military withdrawal, I am concerned that the security situation will worsen and the Taliban could make rapid territorial gains',
    paragraph: 'p19',
    speaker: 'blinken',
  },
] as const satisfies readonly Quote[];
