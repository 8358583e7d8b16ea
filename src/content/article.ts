import type { Article } from './types';

/**
 * The RFE/RL article, paragraph by paragraph, word for word (its slips kept:
 * "The New York times", "full a withdrawal", the missing full stop in p18).
 * Sentences are split only where a citation needs to point at one sentence;
 * p12 stays whole because its quotation spans both sentences.
 */
export const article = {
  publisher: 'RFE/RL (Radio Free Europe/Radio Liberty)',
  publisherShort: 'RFE/RL',
  headline: 'Blinken Reportedly Sets Out Plan To Revitalize Afghan Peace Talks',
  photoCaption:
    'U.S. Secretary of State Antony Blinken arrives to speak at a news conference at the State Department in Washington, D.C., on February 26.',
  creditLine: 'With reporting by TOLOnews,, AP, and Reuters',
  creditedOutlets: ['tolonews', 'nyt', 'ap', 'reuters'],
  paragraphs: [
    {
      id: 'p1',
      sentences: [
        "U.S. Secretary of State Antony Blinken has set out a series of steps to reinvigorate the stalled peace process between the Afghan government and the Taliban, according to media reports.",
      ],
    },
    {
      id: 'p2',
      sentences: [
        "Blinken made the suggestions in a letter to President Ashraf Ghani seen by Afghanistan's TOLOnews.",
        "The New York Times also reported on the letter, citing U.S. and Afghan officials who confirmed its existence.",
      ],
    },
    {
      id: 'p3',
      sentences: [
        "Deputy presidential spokesman Dawa Khan Minhapal confirmed to RFE/RL that Ghani has received the letter, but declined to give details about its contents.",
      ],
    },
    {
      id: 'p4',
      sentences: [
        "The \"unusually blunt\" letter, as The New York times describes it, sets out four key points to help bring an end to the war that began in 2001 when a U.S.-led coalition drove the Taliban from power in Afghanistan.",
        "About 2,500 U.S. troops remain in the country leading a coalition of allied forces, now mainly in training and anti-terrorism operations.",
      ],
    },
    {
      id: 'p5',
      sentences: [
        "According to both the TOLOnews and The New York Times reports, Blinken wrote that Washington had not decided whether to withdraw the remaining 2,500 American troops from Afghanistan by May 1, as outlined in its agreement with the Taliban.",
      ],
    },
    {
      id: 'p6',
      sentences: [
        "U.S. President Joe Biden's administration has begun a review of its strategy for Afghanistan.",
        "That includes the agreement reached by the previous U.S. administration with the Taliban a year ago that paved the way for the ongoing peace talks.",
      ],
    },
    {
      id: 'p7',
      sentences: [
        "In the message, Blinken requested Ghani's \"urgent leadership,\" The New York Times wrote, signaling that the Biden administration \"had lost faith\" in the stalled talks being held in Qatar between the Afghan government and the Taliban.",
      ],
    },
    {
      id: 'p8',
      sentences: [
        "Word of the letter comes days after reports emerged that the U.S. special envoy for Afghanistan, Zalmay Khalilzad, had suggested a new format for determining the country’s political future during his visit to Kabul last week.",
      ],
    },
    {
      id: 'p9',
      sentences: [
        "Khalilzad also stopped in Qatar -- where Afghan government officials and a Taliban delegation have been holding peace talks since September.",
      ],
    },
    {
      id: 'p10',
      sentences: [
        "The State Department did not confirm the Blinken letter or details of a new Khalilzad proposal, saying in an e-mail to RFE/RL that “as a general matter, we do not comment on alleged correspondence with foreign leaders.”",
      ],
    },
    {
      id: 'p11',
      sentences: [
        "“Ambassador Khalilzad’s trip represents a continuation of American diplomacy in the region.”",
      ],
    },
    {
      id: 'p12',
      sentences: [
        "“We have not made any decisions about our force posture in Afghanistan after May 1. All options remain on the table,” it added.",
      ],
    },
    {
      id: 'p13',
      sentences: [
        "Under that agreement, U.S. forces are set to withdraw by May, but a surge in fighting in past months has sparked concerns that a speedy exit may spark greater bloodshed and chaos.",
      ],
    },
    {
      id: 'p14',
      sentences: [
        "The Blinken letter calls for bringing the two sides together for a UN-organized summit with foreign ministers and envoys from the United States, Russia, China, Pakistan, Iran, and India “to discuss a unified approach to supporting peace in Afghanistan.”",
      ],
    },
    {
      id: 'p15',
      sentences: [
        "It also called for Khalilzad to share written proposals with Ghani and Taliban leaders “aimed at accelerating discussions on a negotiated settlement and cease-fire.”",
      ],
    },
    {
      id: 'p16',
      sentences: [
        "Blinken also pressed for talks between the Kabul government and the Taliban in a senior-level meeting in Turkey in coming weeks to finalize a peace agreement.",
        "Blinken urged Ghani or his “authoritative designees” to attend the meeting.",
      ],
    },
    {
      id: 'p17',
      sentences: [
        "He also said there would be a revised proposal prepared for 90-day reduction in violence \"to prevent a spring offensive by the Taliban ... to coincide with diplomatic efforts to support a political settlement between the two parties.”",
      ],
    },
    {
      id: 'p18',
      sentences: [
        "Blinken stressed to Ghani the urgency of accepting the proposals and emphasized his concerns over the security situation in Afghanistan",
      ],
    },
    {
      id: 'p19',
      sentences: [
        "“Even with the continuation of financial assistance from the United States to your forces after an American military withdrawal, I am concerned that the security situation will worsen and the Taliban could make rapid territorial gains,” Blinken wrote.",
      ],
    },
    {
      id: 'p20',
      sentences: [
        "Many people in the United States have grown weary of the nearly 20-year war in Afghanistan and have called for full a withdrawal of U.S. forces.",
      ],
    },
    {
      id: 'p21',
      sentences: [
        "Others warn that a total pullout could hand the Taliban leverage in dealings with the Western-backed Kabul government and betray the sacrifices made by U.S. forces during the long conflict.",
      ],
    },
  ],
} as const satisfies Article;
