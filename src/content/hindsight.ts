import type { ActorFate, HindsightEvent, HindsightNote, HindsightStep, HindsightTroopPoint, ProposalFate, UnknownAnswer } from './types';

/*
 * What happened next (issue #14), from ../shared/facts/after-march-2021.json:
 * everything here happened after the article and cites only reporting
 * published later (`later:<id>`, listed in sources.ts `laterSources`). Our own
 * words throughout; dates and figures as the fact sheet gives them. The story
 * as of March 7, 2021 never reads this file; the hindsight switch adds it.
 */

/**
 * Dated events, March 8 – October 18, 2021, in date order. Each cites every
 * source the fact sheet gives for it. Dates follow the sheet's time-zone
 * notes: the last U.S. flight left on August 30 (in Washington and in Kabul).
 */
export const hindsightEvents = [
  {
    id: 'draft-agreement-public',
    date: '2021-03-08',
    precision: 'day',
    title: 'The U.S. draft peace agreement becomes public',
    summary:
      'AP reports on the eight-page draft peace agreement that Khalilzad’s team gave both Afghan sides; TOLOnews had published its text the day before. It proposes a transitional government that brings in the Taliban, a commission to write a new constitution and terms for a permanent cease-fire, with elections once the transition ends.',
    cites: [
      'later:ap-presents-warring-afghan',
      'later:wapo-leaked-plan-end',
      'later:tolo-exclusive-details-proposed',
      'later:reuters-proposes-interim-govt',
      'later:kabulnow-draft-peace-agreement',
    ],
    actors: ['khalilzad', 'afghan-government', 'taliban'],
  },
  {
    id: 'un-envoy-named',
    date: '2021-03-17',
    precision: 'day',
    title: 'The UN names a personal envoy on Afghanistan',
    summary:
      'Secretary-General António Guterres appoints Jean Arnault, a French diplomat who led the UN mission in Afghanistan in 2004–2006, as his personal envoy on Afghanistan and regional issues. The appointment was announced in New York on March 17; outlets in Asia reported it on March 18.',
    cites: [
      'later:tass-appointment-jean-arnault',
      'later:app-un-chief-appoints',
      'later:aljazeera-un-chief-appoints',
      'later:kabulnow-un-secretary-general',
    ],
    actors: ['united-nations'],
  },
  {
    id: 'moscow-troika',
    date: '2021-03-18',
    precision: 'day',
    title: 'Moscow hosts the extended troika with both Afghan sides',
    summary:
      'Russia, China, the United States and Pakistan meet the Afghan government, other Afghan leaders and the Taliban in Moscow, and ask all sides to reduce violence and the Taliban not to launch a spring offensive. The meeting was not convened by the UN, and Iran and India were not among the convening states.',
    cites: [
      'later:state-joint-statement-russia',
      'later:brecorder-moscow-extended-troika',
      'later:sputnik-extended-troika-calls',
      'later:tass-nebenzia-mar-18',
      'later:aljazeera-un-chief-appoints',
    ],
    actors: ['united-states', 'russia', 'china', 'pakistan', 'afghan-government', 'taliban'],
  },
  {
    id: 'ghani-early-elections',
    date: '2021-03-30',
    precision: 'day',
    title: 'Ghani offers early elections instead of an interim government',
    summary:
      'At a regional conference in Dushanbe, Tajikistan, Ghani says power can change hands only under the constitution, backs early elections and says he would hand over to an elected successor. He had already rejected an appointed interim government in speeches in Kabul on March 6 and March 16.',
    cites: [
      'later:ariana-ghani-states-stable',
      'later:kabultimes-president-ghanis-keynote',
      'later:reuters-afghan-president-ready',
      'later:reporterly-ghani-not-transfer',
      'later:presstv-ghanis-mar-6',
    ],
    actors: ['ghani'],
  },
  {
    id: 'ghani-counter-plan',
    date: '2021-04-04',
    precision: 'day',
    title: 'Ghani’s three-phase counter-plan is reported',
    summary:
      'Reuters reports a plan Ghani means to present at the planned meeting in Turkey as his answer to the U.S. proposal: first a settlement and an internationally monitored cease-fire, then a presidential election and a government of peace, then a constitutional framework, the return of refugees and development.',
    cites: ['later:reuters-afghan-leader-proposes', 'later:reuters-afghan-leader-proposes-peace', 'later:tolo-ghani-proposes-three'],
    actors: ['ghani'],
  },
  {
    id: 'istanbul-announced',
    date: '2021-04-13',
    precision: 'day',
    title: 'The Istanbul conference is announced; the Taliban say they will not attend',
    summary:
      'Turkey, Qatar and the UN announce that they will co-convene a conference between the Afghan government and the Taliban in Istanbul from April 24 to May 4. The same day a Taliban spokesman says the movement will attend no conference on Afghanistan’s future until all foreign forces have left.',
    cites: [
      'later:anadolu-turkey-host-afghan',
      'later:app-turkey-host-afghan',
      'later:afp-taliban-shun-afghanistan',
      'later:sputnik-taliban-say-not',
    ],
    actors: ['turkey', 'qatar', 'united-nations', 'afghan-government', 'taliban'],
  },
  {
    id: 'biden-withdrawal-decision',
    date: '2021-04-14',
    precision: 'day',
    title: 'Biden announces the full withdrawal; NATO follows',
    summary:
      'Biden says the final U.S. withdrawal will begin on May 1 and U.S. forces will be out before September 11, 2021, so the May 1 deadline of the Doha agreement will not be met. The same day NATO allies agree to begin withdrawing their own forces, about 7,000 troops, by May 1.',
    cites: [
      'later:usatoday-time-american-troops',
      'later:ap-withdraw-all-troops',
      'later:reuters-nato-forces-start',
      'later:ap-nato-match-troop',
      'later:dmn-nato-allies-start',
    ],
    actors: ['biden', 'united-states'],
  },
  {
    id: 'blinken-kabul-visit',
    date: '2021-04-15',
    precision: 'day',
    title: 'Blinken visits Kabul; the Taliban call the new date a breach of the deal',
    summary:
      'Blinken makes an unannounced visit to Kabul to tell Ghani and Abdullah Abdullah that the U.S. partnership is changing but will last. The Taliban say that staying past May 1 violates the Doha agreement and in principle entitles them to take countermeasures.',
    cites: [
      'later:reuters-blinken-flies-kabul',
      'later:ap-blinkens-unannounced-kabul',
      'later:kabulnow-ahead-chapter-secretary',
      'later:tolo-taliban-statement-calling',
      'later:telegraph-bidens-afghan-pull',
    ],
    actors: ['blinken', 'ghani', 'taliban'],
  },
  {
    id: 'istanbul-postponed',
    date: '2021-04-20',
    precision: 'day',
    title: 'The Istanbul conference is postponed (April 20–21)',
    summary:
      'With the Taliban refusing to attend, Turkey’s foreign minister says on April 20 that the conference will wait until after Ramadan and Eid, and on April 21 Turkey, Qatar and the UN postpone it without a new date. No report was found of it being held before Kabul fell.',
    cites: [
      'later:reuters-backed-afghan-peace',
      'later:hill-afghan-peace-conference',
      'later:turkey-mfa-joint-statement-turkey',
      'later:dohanews-joint-qatar-turkey',
      'later:xinhua-postponement-istanbul-conference',
    ],
    actors: ['turkey', 'qatar', 'united-nations', 'taliban'],
  },
  {
    id: 'troika-doha',
    date: '2021-04-30',
    precision: 'day',
    title: 'The extended troika meets again, in Doha',
    summary:
      'Russia, China, the United States and Pakistan meet Afghan government and Taliban representatives in Doha and again call for less violence and no Taliban spring offensive. Their statement notes that U.S. and NATO forces will withdraw between May 1 and September 11.',
    cites: ['later:ani-extended-troika-joint', 'later:sputnik-extended-troika-urges'],
    actors: ['united-states', 'russia', 'china', 'pakistan', 'afghan-government', 'taliban'],
  },
  {
    id: 'withdrawal-begins',
    date: '2021-05-01',
    precision: 'day',
    title: 'The final U.S. withdrawal formally begins',
    summary:
      'May 1, the former Doha deadline, becomes the official start of the pullout, though packing up had begun in April. Wire reports put the departing force at about 2,500–3,500 U.S. troops and about 7,000 from NATO countries.',
    cites: ['later:afp-afghan-retreat-formally', 'later:ap-nato-formally-begun', 'later:cnn-troop-withdrawal-had'],
    actors: ['united-states'],
  },
  {
    id: 'taliban-offensive',
    date: '2021-05',
    precision: 'month',
    title: 'The Taliban offensive spreads as foreign forces leave',
    summary:
      'From early May the Taliban press attacks around provincial capitals such as Lashkar Gah and begin taking districts, across the north from mid-June. On June 25 the Pentagon put Taliban control at 81 of about 400 districts; no reduction in violence had been agreed.',
    cites: [
      'later:afp-talibans-massive-offensive',
      'later:wiki-2021-taliban-offensive',
      'later:bi-citing-bbc-bagram',
      'later:rferl-bidens-meeting-ghani',
    ],
    actors: ['taliban', 'afghan-government'],
  },
  {
    id: 'eid-ceasefire',
    date: '2021-05-10',
    precision: 'day',
    title: 'The Taliban announce a three-day Eid cease-fire',
    summary:
      'The Taliban tell their fighters to halt offensive operations for the first three days of Eid al-Fitr; the statement came out around midnight Kabul time, so reports date it May 9 or May 10. It was a holiday truce, not the 90-day reduction in violence the letter proposed.',
    cites: ['later:reuters-afghan-taliban-declares', 'later:xinhua-taliban-declared-three', 'later:sz-announced-eid-ceasefire'],
    actors: ['taliban', 'ghani'],
  },
  {
    id: 'biden-meets-ghani',
    date: '2021-06-25',
    precision: 'day',
    title: 'Biden receives Ghani and Abdullah at the White House',
    summary:
      'Biden tells Ghani and Abdullah Abdullah that U.S. troops are leaving but U.S. support is not ending, and that Afghans must decide their own future. Ghani says he respects the decision.',
    cites: [
      'later:rferl-bidens-meeting-ghani',
      'later:wion-biden-called-afghans',
      'later:afp-afghan-leader-meets',
      'later:republic-biden-vowed-sustained',
      'later:businessupturn-afghans-are-going',
      'later:reuters-biden-meet-afghan',
    ],
    actors: ['biden', 'ghani'],
  },
  {
    id: 'bagram-handed-over',
    date: '2021-07-02',
    precision: 'day',
    title: 'U.S. forces leave Bagram Airfield',
    summary:
      'U.S. officials say on July 2 that the military has left Bagram, its main base, and handed it to Afghan forces. The base’s new Afghan commander said the Americans left overnight, about 3 a.m. local time on July 2 (the evening of July 1 in Washington), without telling him.',
    cites: [
      'later:ap-hands-airfield-afghans',
      'later:ap-afghan-military-left',
      'later:npr-left-afghan-airfield',
      'later:bi-citing-bbc-bagram',
    ],
    actors: ['united-states', 'afghan-government'],
  },
  {
    id: 'end-date-august-31',
    date: '2021-07-08',
    precision: 'day',
    title: 'Biden sets August 31 as the end of the military mission',
    summary:
      'Biden says the U.S. military mission will end on August 31, arguing that speed means safety. He says it is highly unlikely that a single group will take over the whole country.',
    cites: ['later:ap-biden-war-afghanistan', 'later:insidedefense-biden-withdrawal-afghanistan', 'later:abc-biden-speaks-afghanistan'],
    actors: ['biden'],
  },
  {
    id: 'miller-hands-over',
    date: '2021-07-12',
    precision: 'day',
    title: 'Gen. Miller hands over command in Kabul',
    summary:
      'Gen. Austin Scott Miller, commander of U.S. and NATO forces in Afghanistan since 2018, hands over to CENTCOM’s Gen. Frank McKenzie and leaves the country. About 650 troops stay in Kabul to protect the embassy.',
    cites: [
      'later:dod-miller-transfers-command',
      'later:ap-top-commander-relinquished',
      'later:axios-gen-austin-miller',
      'later:wapo-top-commander-afghanistan',
    ],
    actors: ['united-states'],
  },
  {
    id: 'doha-high-level-talks',
    date: '2021-07-17',
    precision: 'day',
    title: 'High-level government–Taliban talks in Doha (July 17–18)',
    summary:
      'A government delegation led by Abdullah Abdullah meets a Taliban team under Mullah Abdul Ghani Baradar. Their joint statement commits both sides to keep talking and to avoid civilian casualties, but announces no cease-fire.',
    cites: ['later:reuters-afghan-govt-taliban', 'later:sputnik-kabul-taliban-agree', 'later:state-welcomes-talks-between'],
    actors: ['afghan-government', 'taliban', 'qatar'],
  },
  {
    id: 'zaranj-falls',
    date: '2021-08-06',
    precision: 'day',
    title: 'The first provincial capital falls: Zaranj',
    summary:
      'The Taliban take Zaranj, capital of Nimroz province on the Iranian border, the first provincial capital to fall in the offensive. Within a week they held 12 of the 34 provincial capitals.',
    cites: [
      'later:afp-taliban-capture-first',
      'later:axios-taliban-capture-capital',
      'later:bbc-afghanistan-war-taliban',
      'later:ap-taliban-captured-kandahar',
    ],
    actors: ['taliban'],
  },
  {
    id: 'minhapal-killed',
    date: '2021-08-06',
    precision: 'day',
    title: 'Dawa Khan Minhapal is killed in Kabul',
    summary:
      'Dawa Khan Minhapal (spelled Menapal in most reports), quoted in the RFE/RL article and by then head of the Government Media and Information Centre, is shot dead in Kabul. The Taliban claim the killing; the interior ministry confirms his death.',
    cites: [
      'later:ap-afghan-taliban-kill',
      'later:reuters-taliban-killed-afghan',
      'later:scmp-afghan-media-chief',
      'later:dailypak-taliban-kills-afghanistans',
      'later:wion-assassination-afghan-government',
    ],
    actors: ['minhapal', 'taliban'],
  },
  {
    id: 'herat-kandahar-fall',
    date: '2021-08-12',
    precision: 'day',
    title: 'Herat and Kandahar fall; U.S. troops sent to evacuate the embassy',
    summary:
      'The Taliban take Herat on August 12 and Kandahar that night (they announced it on August 13), while the Pentagon sends about 3,000 troops to Kabul airport to help evacuate part of the U.S. embassy. Envoy-level meetings in Doha end with participants saying they will not recognize an Afghan government imposed by force.',
    cites: [
      'later:ap-taliban-captured-kandahar',
      'later:efe-taliban-control-half',
      'later:ap-sends-troops-kabul',
      'later:reuters-temporarily-send-3',
      'later:pti-twelve-nations-decide',
      'later:ibt-doha-regional-conference',
    ],
    actors: ['taliban', 'united-states', 'qatar', 'united-nations'],
  },
  {
    id: 'biden-authorizes-5000',
    date: '2021-08-14',
    precision: 'day',
    title: 'Biden authorizes about 5,000 troops; Mazar-i-Sharif falls',
    summary:
      'Biden says he has authorized about 5,000 U.S. troops, counting those already there, for an orderly drawdown and to evacuate Afghans who worked with U.S. forces. The northern city of Mazar-i-Sharif falls the same day, largely without resistance.',
    cites: [
      'later:cnn-biden-announces-hes',
      'later:ap-biden-authorized-additional',
      'later:usatoday-biden-authorized-5',
      'later:mehr-major-northern-afghan',
    ],
    actors: ['biden', 'taliban'],
  },
  {
    id: 'taliban-enter-kabul',
    date: '2021-08-15',
    precision: 'day',
    title: 'The Taliban enter Kabul; Ghani leaves the country',
    summary:
      'Ghani leaves Afghanistan as Taliban fighters reach Kabul, and that night the Taliban take over the presidential palace. U.S. embassy staff are moved to the airport and the embassy’s flag is lowered.',
    cites: [
      'later:ap-ghani-left-country',
      'later:efe-taliban-enter-kabul',
      'later:xinhua-urgent-taliban-taken',
      'later:ariana-abdullah-asked-taliban',
      'later:mint-taliban-ordered-fighters',
      'later:mint-fall-jalalabad-aug',
      'later:ap-flag-comes-down',
    ],
    actors: ['taliban', 'ghani', 'afghan-government', 'united-states'],
  },
  {
    id: 'biden-defends-withdrawal',
    date: '2021-08-16',
    precision: 'day',
    title: 'Biden defends the withdrawal after Kabul falls',
    summary:
      'In a televised address Biden says he stands by his decision and takes responsibility, admitting that the government collapsed faster than expected. He faults Afghan leaders who fled and forces that would not fight.',
    cites: ['later:afp-biden-i-stand', 'later:whitehouse-president-biden-addresses'],
    actors: ['biden'],
  },
  {
    id: 'abbey-gate-bombing',
    date: '2021-08-26',
    precision: 'day',
    title: 'Suicide bombing at Kabul airport’s Abbey Gate',
    summary:
      'An Islamic State–Khorasan suicide bomber attacks crowds at the airport during the evacuation, killing 13 U.S. service members and, by AP’s count, 169 Afghans (the Pentagon’s later investigation said at least 170). It was the deadliest day for U.S. forces in Afghanistan since 2011.',
    cites: [
      'later:wapo-bombing-kabul-airport',
      'later:abc-afghanistan-updates-least',
      'later:ap-pentagon-investigation-finding',
      'later:washex-single-isis-bomber',
      'later:republic-live-updates-abbey',
    ],
    actors: ['united-states'],
  },
  {
    id: 'last-us-flight',
    date: '2021-08-30',
    precision: 'day',
    title: 'The last U.S. aircraft leaves Kabul',
    summary:
      'The final C-17 takes off from Kabul at 3:29 p.m. U.S. Eastern time on August 30, one minute before midnight in Kabul; more than 122,000 people had been flown out since late July. The U.S. moves its diplomatic operations to Doha, and the UN Security Council adopts resolution 2593 the same day.',
    cites: [
      'later:cnn-completes-withdrawal-afghanistan',
      'later:ap-troops-take-flight',
      'later:unaoic-last-military-plane',
      'later:reuters-suspends-diplomatic-presence',
      'later:un-adopting-resolution-2593',
      'later:afp-un-security-council',
    ],
    actors: ['united-states', 'blinken', 'qatar', 'united-nations'],
  },
  {
    id: 'taliban-interim-government',
    date: '2021-09-07',
    precision: 'day',
    title: 'The Taliban announce an interim government',
    summary:
      'The Taliban name an all-male acting cabinet headed by Mullah Mohammad Hasan Akhund, with Sirajuddin Haqqani as interior minister. It followed their September 6 claim to have taken Panjshir, which the resistance disputed.',
    cites: [
      'later:anadolu-talibans-interim-government',
      'later:week-taliban-formed-all',
      'later:janes-taliban-announce-interim',
      'later:ht-concerned-over-talibans',
      'later:reuters-taliban-claim-control',
    ],
    actors: ['taliban'],
  },
  {
    id: 'first-passenger-flight',
    date: '2021-09-09',
    precision: 'day',
    title: 'The first international passenger flight since the U.S. exit',
    summary:
      'A Qatar Airways plane flies about 200 foreigners, including Americans, from Kabul to Doha, after Qatari and Turkish help got the airport working again. The White House welcomes the Taliban’s cooperation on the flight.',
    cites: [
      'later:ap-westerners-board-first',
      'later:npr-first-international-flight',
      'later:nyt-first-passenger-flight',
      'later:almonitor-citizens-first-qatar',
    ],
    actors: ['qatar', 'turkey', 'taliban'],
  },
  {
    id: 'us-taliban-doha-talks',
    date: '2021-10-09',
    precision: 'day',
    title: 'The first U.S.–Taliban talks since the withdrawal (October 9–10)',
    summary:
      'U.S. officials meet a Taliban delegation that includes acting foreign minister Amir Khan Muttaqi in Doha, on security, safe passage, humanitarian aid and women’s rights. The State Department calls the talks candid and says they do not amount to recognition.',
    cites: [
      'later:afp-hold-first-person',
      'later:bbc-afghanistan-taliban-hold',
      'later:sputnik-state-department-called',
      'later:reuters-top-envoy-afghanistan',
    ],
    actors: ['state-department', 'taliban', 'qatar'],
  },
  {
    id: 'khalilzad-steps-down',
    date: '2021-10-18',
    precision: 'day',
    title: 'Khalilzad steps down; Thomas West succeeds him',
    summary:
      'Blinken announces that Khalilzad is leaving as special representative and that his deputy, Thomas West, will take over. In his resignation letter Khalilzad writes that the political arrangement between the government and the Taliban did not go ahead as intended.',
    cites: [
      'later:state-secretary-blinken-announcement',
      'later:reuters-top-envoy-afghanistan',
      'later:hindu-zalmay-khalilzad-chief',
      'later:cbs-khalilzads-resignation-letter',
      'later:nbc-envoy-afghanistan-resigns',
    ],
    actors: ['khalilzad', 'blinken'],
  },
] as const satisfies readonly HindsightEvent[];

/** "What became of it", one per proposal in proposals.ts, saying no more than the sources do. */
export const proposalFates = [
  {
    proposal: 'un-summit',
    verdict: 'Not held in the form proposed',
    text: 'No report was found of a UN-convened meeting of the six countries before the Taliban took Kabul. The UN named a personal envoy on March 17 and co-convened the Istanbul conference, which was postponed; regional diplomacy went instead through the Moscow extended troika of March 18 (the United States, Russia, China and Pakistan, without the UN, Iran or India) and meetings in Doha.',
    cites: [
      'later:tass-appointment-jean-arnault',
      'later:aljazeera-un-chief-appoints',
      'later:state-joint-statement-russia',
      'later:ani-extended-troika-joint',
      'later:app-turkey-host-afghan',
      'later:turkey-mfa-joint-statement-turkey',
      'later:ibt-doha-regional-conference',
      'later:pti-twelve-nations-decide',
    ],
  },
  {
    proposal: 'written-proposals',
    verdict: 'Delivered, never agreed',
    text: 'Khalilzad’s team gave a draft peace agreement to Ghani, other Afghan leaders and the Taliban in early March; Ghani’s government rejected an appointed interim administration and answered with an election-based plan, and no source reports the Taliban accepting the draft. In his resignation letter of October 18, Khalilzad acknowledged that the political arrangement had not gone ahead as intended.',
    cites: [
      'later:ap-presents-warring-afghan',
      'later:wapo-leaked-plan-end',
      'later:tolo-exclusive-details-proposed',
      'later:reuters-afghan-leader-proposes',
      'later:ariana-ghani-states-stable',
      'later:cbs-khalilzads-resignation-letter',
      'later:reuters-top-envoy-afghanistan',
    ],
  },
  {
    proposal: 'turkey-meeting',
    verdict: 'Announced for Istanbul, then postponed; never met',
    text: 'It became the Istanbul conference, set for April 24 – May 4 and co-convened by Turkey, Qatar and the UN, which the Taliban refused to attend; it was postponed on April 20–21 without a new date and, in the sources found, never met. The nearest substitute was a high-level government–Taliban round in Doha on July 17–18, which produced only a pledge to keep talking.',
    cites: [
      'later:anadolu-turkey-host-afghan',
      'later:afp-taliban-shun-afghanistan',
      'later:reuters-backed-afghan-peace',
      'later:turkey-mfa-joint-statement-turkey',
      'later:reuters-afghan-govt-taliban',
      'later:sputnik-kabul-taliban-agree',
    ],
  },
  {
    proposal: 'violence-reduction',
    verdict: 'No reduction in violence agreed',
    text: 'The Taliban said in March that they had themselves proposed a 90-day reduction, not a cease-fire, and that no final deal had been reached; despite calls from the United States, Russia, China and Pakistan not to launch a spring offensive, they escalated from early May, declaring only a three-day truce at Eid al-Fitr, and took Kabul on August 15.',
    cites: [
      'later:voa-taliban-claim-they',
      'later:tolo-we-proposed-90',
      'later:state-joint-statement-russia',
      'later:ani-extended-troika-joint',
      'later:reuters-afghan-taliban-declares',
      'later:ap-ghani-left-country',
    ],
  },
] as const satisfies readonly ProposalFate[];

/**
 * "By October 2021", for the actors in actors.ts that the later fact sheet
 * covers (it has nothing on the State Department, the United States as a
 * whole, the regional powers or the news organisations; Abdullah Abdullah is
 * not an actor of the article).
 */
export const actorFates = [
  {
    actor: 'blinken',
    text: 'Remained secretary of state. On August 30 he announced that the U.S. had suspended its diplomatic presence in Kabul and would work from Doha; he defended the evacuation before the House Foreign Affairs Committee on September 13, and on October 18 named Thomas West to succeed Khalilzad.',
    cites: [
      'later:reuters-suspends-diplomatic-presence',
      'later:newsweek-live-updates-antony',
      'later:cnn-blinken-before-house',
      'later:house-afghanistan-2001-2021',
      'later:state-secretary-blinken-announcement',
    ],
  },
  {
    actor: 'khalilzad',
    text: 'Remained U.S. special representative through the withdrawal. He was left out of the first U.S.–Taliban talks after it and resigned in a letter dated October 18, 2021; his deputy, Thomas West, replaced him.',
    cites: [
      'later:reuters-top-envoy-afghanistan',
      'later:state-secretary-blinken-announcement',
      'later:hindu-zalmay-khalilzad-chief',
      'later:nbc-envoy-afghanistan-resigns',
    ],
  },
  {
    actor: 'biden',
    text: 'Announced the withdrawal on April 14, moved its end to August 31 on July 8, and defended his decision on August 16 and again on August 31, the day after the last troops left. His job approval average fell below 50% in mid-August, for the first time in his term.',
    cites: [
      'later:usatoday-time-american-troops',
      'later:ap-biden-war-afghanistan',
      'later:afp-biden-i-stand',
      'later:kvia-afghanistan-withdrawal-success',
      'later:usatoday-biden-praises-afghanistan',
      'later:times-bidens-approval-average',
      'later:npr-bidens-approval-rating',
    ],
  },
  {
    actor: 'ghani',
    text: 'Rejected the U.S. idea of an interim government and offered an election-based plan, then left Afghanistan on August 15 as the Taliban entered Kabul. The UAE said on August 18 that it had taken him in on humanitarian grounds; on September 8 he apologized to Afghans for how his government ended.',
    cites: [
      'later:reuters-afghan-leader-proposes',
      'later:reuters-uae-welcomes-ashraf',
      'later:thenational-uae-ashraf-ghani',
      'later:khaleej-ex-afghan-president',
      'later:alarabiya-ghanis-sept-8',
      'later:thenews-ghani-apologises-afghans',
    ],
  },
  {
    actor: 'minhapal',
    text: 'Killed in Kabul on August 6, 2021, when he headed the Government Media and Information Centre; the Taliban claimed the killing. Most reports spell his name Menapal, and one says he was deputy presidential spokesman only until 2020, which does not match the article’s description of him in March 2021.',
    cites: [
      'later:ap-afghan-taliban-kill',
      'later:reuters-taliban-killed-afghan',
      'later:scmp-afghan-media-chief',
      'later:dailypak-taliban-kills-afghanistans',
      'later:wion-assassination-afghan-government',
    ],
  },
  {
    actor: 'afghan-government',
    text: 'Collapsed on August 15, when Ghani left and the Taliban entered Kabul, after its forces had given up nearly all provincial capitals in about ten days. First Vice-President Amrullah Saleh declared himself caretaker president on August 17 and vowed to fight on.',
    cites: [
      'later:ap-ghani-left-country',
      'later:efe-taliban-enter-kabul',
      'later:afp-taliban-taken-mazar',
      'later:ap-afghanistans-vice-president',
      'later:onmanorama-afghan-vice-president',
    ],
  },
  {
    actor: 'taliban',
    text: 'Took Kabul on August 15 after an offensive that spread as foreign troops left, and on September 7 named an all-male interim government. They held their first talks with U.S. officials after the withdrawal in Doha on October 9–10; as of the end of October, no government had formally recognized them.',
    cites: [
      'later:afp-taliban-capture-first',
      'later:ap-ghani-left-country',
      'later:anadolu-talibans-interim-government',
      'later:week-taliban-formed-all',
      'later:bbc-afghanistan-taliban-hold',
      'later:nyt-expanded-interim-government',
      'later:wiki-recognition-islamic-emirate',
    ],
  },
  {
    actor: 'turkey',
    text: 'Was to host the Istanbul conference, which was postponed in April and, in the sources found, never held. The Taliban rejected its offer to keep troops to guard and run Kabul airport after the NATO exit, and it began withdrawing its troops on August 25.',
    cites: [
      'later:anadolu-turkey-host-afghan',
      'later:turkey-mfa-joint-statement-turkey',
      'later:reuters-taliban-turkey-should',
      'later:voa-taliban-tells-turkey',
      'later:france24-taliban-warn-turkey',
      'later:trt-turkeys-military-began',
      'later:reuters-turkish-military-began',
    ],
  },
  {
    actor: 'qatar',
    text: 'Hosted the high-level government–Taliban talks of July 17–18 and co-convened the postponed Istanbul conference. After Kabul fell, the U.S. moved its Afghanistan embassy operations to Doha, Qatar Airways flew the first international passenger flight out of Kabul on September 9, and Doha hosted the first U.S.–Taliban talks after the withdrawal.',
    cites: [
      'later:reuters-afghan-govt-taliban',
      'later:dohanews-joint-qatar-turkey',
      'later:reuters-suspends-diplomatic-presence',
      'later:ap-westerners-board-first',
      'later:nyt-first-passenger-flight',
      'later:afp-hold-first-person',
    ],
  },
  {
    actor: 'united-nations',
    text: 'The Secretary-General named Jean Arnault as his personal envoy on March 17, and the UN co-convened the postponed Istanbul conference. The Security Council adopted resolution 2593 on August 30 and on September 17 extended the UN Assistance Mission in Afghanistan for six months.',
    cites: [
      'later:tass-appointment-jean-arnault',
      'later:app-un-chief-appoints',
      'later:turkey-mfa-joint-statement-turkey',
      'later:un-adopting-resolution-2593',
      'later:afp-un-security-council',
      'later:xinhua-security-council-extends',
      'later:trend-un-security-council',
      'later:8am-unama-mission-afghanistan',
    ],
  },
] as const satisfies readonly ActorFate[];

/** An answer with hindsight to each open question in story.ts, by its id. */
export const unknownAnswers = [
  {
    unknown: 'letter-text',
    text: 'Its text circulated from March 7: besides the four steps, it said the U.S. was weighing a full withdrawal by May 1 among other options and warned that the Taliban could gain ground fast after a U.S. exit. The State Department never confirmed it on the record, and its date is still not established: one report called it a February 28 letter, another called it undated, and no dated copy was found.',
    cites: [
      'later:times-analysis-leaked-blinken',
      'later:cnn-proposes-afghanistan-authorities',
      'later:ap-presents-warring-afghan',
      'later:thenews-pushes-un-led',
      'later:rs-blinken-afghan-president',
    ],
  },
  {
    unknown: 'ghani-response',
    text: 'He rejected the core of the U.S. plan, an appointed interim government, and offered early elections and a three-phase plan of his own instead. He kept working with Washington, meeting Biden on June 25, until the Taliban reached Kabul; on August 15 he left the country.',
    cites: [
      'later:presstv-ghanis-mar-6',
      'later:reporterly-ghani-not-transfer',
      'later:ariana-ghani-states-stable',
      'later:reuters-afghan-leader-proposes',
      'later:rferl-bidens-meeting-ghani',
      'later:ap-ghani-left-country',
    ],
  },
  {
    unknown: 'withdrawal',
    text: 'No. On April 14 Biden said the withdrawal would begin on May 1 and end before September 11, then on July 8 moved the end to August 31. The last U.S. aircraft left Kabul at 3:29 p.m. U.S. Eastern time on August 30, one minute before midnight in Kabul.',
    cites: [
      'later:usatoday-time-american-troops',
      'later:ap-biden-war-afghanistan',
      'later:cnn-completes-withdrawal-afghanistan',
      'later:ap-troops-take-flight',
    ],
  },
  {
    unknown: 'summit-details',
    text: 'As far as the sources found show, it never met in the form the letter described. The UN instead co-convened, with Turkey and Qatar, an Istanbul conference set for April 24 – May 4, which was postponed on April 20–21 because the Taliban would not attend; regional diplomacy went through the Moscow extended troika and meetings in Doha.',
    cites: [
      'later:app-turkey-host-afghan',
      'later:anadolu-turkey-host-afghan',
      'later:reuters-backed-afghan-peace',
      'later:turkey-mfa-joint-statement-turkey',
      'later:state-joint-statement-russia',
      'later:ani-extended-troika-joint',
      'later:pti-twelve-nations-decide',
    ],
  },
  {
    unknown: 'written-contents',
    text: 'An eight-page draft peace agreement, meant to jump-start negotiations. It sets principles for a future constitution, a transitional peace government that brings in the Taliban, with a commission to draft a new constitution and elections at the end, and terms for a permanent cease-fire under joint monitoring.',
    cites: [
      'later:tolo-exclusive-details-proposed',
      'later:wapo-leaked-plan-end',
      'later:ap-presents-warring-afghan',
      'later:reuters-proposes-interim-govt',
      'later:kabulnow-draft-peace-agreement',
    ],
  },
  {
    unknown: 'taliban-response',
    text: 'No. The Taliban said in March that they had floated a 90-day reduction in violence themselves, explicitly not a cease-fire, but that nothing had been agreed. They declared only a three-day truce at Eid al-Fitr in mid-May and an informal defensive posture at Eid al-Adha in July, and pressed an offensive from May that took Kabul on August 15.',
    cites: [
      'later:voa-taliban-claim-they',
      'later:tolo-we-proposed-90',
      'later:reuters-afghan-taliban-declares',
      'later:afp-taliban-defence-status',
      'later:afp-talibans-massive-offensive',
      'later:ap-ghani-left-country',
    ],
  },
] as const satisfies readonly UnknownAnswer[];

/** What became of the May 1 deadline, for the countdown. */
export const deadlineFate = {
  text: 'The deadline passed with U.S. troops still in Afghanistan: May 1 became the official start of the final withdrawal, which ended when the last U.S. aircraft left Kabul on August 30, 2021.',
  cites: [
    'later:afp-afghan-retreat-formally',
    'later:ap-nato-formally-begun',
    'later:cnn-completes-withdrawal-afghanistan',
    'later:ap-troops-take-flight',
  ],
} as const satisfies HindsightNote;

/**
 * U.S. troops from March 14 to August 30, 2021, in the fact sheet's order and
 * with its counts. CENTCOM published only percentage ranges from May to early
 * July, so those points have no count (`null`): the curve shows a gap there.
 * Targets and added deployments are marked by `kind` and their notes; the
 * August 31 and September 11 targets lie past the last flight and are left out.
 */
export const hindsightTroops = [
  {
    date: '2021-03-14',
    troops: 3500,
    kind: 'reported',
    note: 'The New York Times reports about 3,500 U.S. troops, about 1,000 more than the official 2,500, which the Pentagon kept giving.',
    cites: ['later:dawn-more-troops-afghanistan', 'later:stripes-more-troops-afghanistan'],
  },
  {
    date: '2021-04-14',
    troops: 2500,
    kind: 'official',
    note: 'The official figure when Biden announced the withdrawal; reports often gave 2,500–3,500.',
    cites: ['later:usatoday-time-american-troops', 'later:ap-nato-formally-begun', 'later:nyt-how-exit-afghanistan'],
  },
  {
    date: '2021-05-04',
    troops: null,
    kind: 'official',
    note: 'No count published: CENTCOM said 2–6% of the withdrawal was complete, giving ranges rather than troop numbers.',
    cites: ['later:centcom-update-withdrawal-forces', 'later:antiwar-centcoms-2-6'],
  },
  {
    date: '2021-05-11',
    troops: null,
    kind: 'official',
    note: 'No count published: CENTCOM said 6–12% of the withdrawal was complete.',
    cites: ['later:sputnik-completes-6-12', 'later:coffeeordie-hands-kandahar-airfield'],
  },
  {
    date: '2021-05-18',
    troops: null,
    kind: 'official',
    note: 'No count published: CENTCOM said 13–20% of the withdrawal was complete.',
    cites: ['later:ani-withdrawal-up-20', 'later:antiwar-centcom-afghanistan-withdrawal'],
  },
  {
    date: '2021-05-25',
    troops: null,
    kind: 'official',
    note: 'No count published: CENTCOM said 16–25% of the withdrawal was complete.',
    cites: ['later:dod-afghanistan-retrograde-nearly', 'later:anadolu-withdrawal-up-25'],
  },
  {
    date: '2021-06-01',
    troops: null,
    kind: 'official',
    note: 'No count published: CENTCOM said 30–44% of the withdrawal was complete.',
    cites: ['later:upi-withdrawal-afghanistan-least', 'later:anadolu-withdrawal-afghanistan-up'],
  },
  {
    date: '2021-06-08',
    troops: null,
    kind: 'official',
    note: 'No count published: CENTCOM said more than 50% of the withdrawal was complete.',
    cites: ['later:hill-withdrawal-afghanistan-passes', 'later:sputnik-afghan-withdrawal-now', 'later:upi-withdrawal-afghanistan-more'],
  },
  {
    date: '2021-06-24',
    troops: 650,
    kind: 'target',
    note: 'The planned force to stay behind and protect U.S. diplomats, according to U.S. officials; one official said up to 1,000 could remain.',
    cites: [
      'later:ap-keep-about-650',
      'later:newser-keep-650-troops',
      'later:antiwar-days-completing-afghanistan',
      'later:nyt-how-exit-afghanistan',
    ],
  },
  {
    date: '2021-07-06',
    troops: null,
    kind: 'official',
    note: 'No count published: CENTCOM said more than 90% of the withdrawal was complete.',
    cites: ['later:anadolu-withdrawal-afghanistan-more', 'later:medialine-centcom-withdrawal-over'],
  },
  {
    date: '2021-07-12',
    troops: 650,
    kind: 'reported',
    note: 'About 650 troops remain to protect the embassy after Gen. Miller leaves.',
    cites: ['later:wapo-top-commander-afghanistan', 'later:medialine-centcom-withdrawal-over'],
  },
  {
    date: '2021-08-12',
    troops: 3000,
    kind: 'target',
    note: 'About 3,000 more troops sent to Kabul airport for the evacuation: an added deployment, not a total.',
    cites: ['later:ap-sends-troops-kabul', 'later:reuters-temporarily-send-3', 'later:defenseone-pentagon-sends-3'],
  },
  {
    date: '2021-08-14',
    troops: 1000,
    kind: 'reported',
    note: 'About 1,000 troops already in Kabul before the surge.',
    cites: ['later:cnn-biden-announces-hes', 'later:afp-taliban-taken-mazar'],
  },
  {
    date: '2021-08-14',
    troops: 5000,
    kind: 'target',
    note: 'Biden authorizes about 5,000 troops in all, counting those already there.',
    cites: [
      'later:cnn-biden-announces-hes',
      'later:ap-biden-authorized-additional',
      'later:usatoday-biden-authorized-5',
      'later:reuters-pentagon-authorizes-additional',
      'later:ap-flag-comes-down',
    ],
  },
  {
    date: '2021-08-16',
    troops: 2500,
    kind: 'official',
    note: 'About 2,500 troops at Kabul airport, according to the Pentagon.',
    cites: ['later:stripes-austin-ordered-third', 'later:hill-sending-1-000'],
  },
  {
    date: '2021-08-20',
    troops: 5800,
    kind: 'official',
    note: 'About 5,800 troops at Kabul airport, the most reached; the ordered ceiling was about 6,000.',
    cites: ['later:reuters-5-800-troops', 'later:dod-pentagon-press-secretary', 'later:sputnik-5-400-troops'],
  },
  {
    date: '2021-08-25',
    troops: 5400,
    kind: 'official',
    note: 'About 5,400 troops, down from the peak of 5,800.',
    cites: ['later:reuters-prioritize-troop-evacuation', 'later:sputnik-5-400-troops', 'later:geo-evacuation-troops-priority'],
  },
  {
    date: '2021-08-28',
    troops: 4000,
    kind: 'reported',
    note: 'Fewer than 4,000 troops at Kabul airport, according to a U.S. official: an upper bound, not a count.',
    cites: ['later:reuters-troop-strength-kabul', 'later:ariana-troops-begin-withdrawal'],
  },
  {
    date: '2021-08-30',
    troops: 0,
    kind: 'official',
    note: 'The last U.S. aircraft leaves Kabul at 3:29 p.m. U.S. Eastern time on August 30, with all U.S. service members out.',
    cites: ['later:cnn-completes-withdrawal-afghanistan', 'later:ap-troops-take-flight', 'later:unaoic-last-military-plane'],
  },
] as const satisfies readonly HindsightTroopPoint[];

/** Copy for the "What happened next" section and the hindsight switch (a button with aria-pressed). */
export const hindsightUi = {
  proposalFateLabel: 'What became of it',
  actorFateLabel: 'By October 2021',
  unknownAnswerLabel: 'With hindsight',
  deadlineFateLabel: 'What became of the deadline',
  troopGapLabel: 'No count published',
  /** The graphic of "What happened next". */
  sceneDeadline: 'May 1 deadline',
  sceneLastFlight: 'Last U.S. flight, Aug 30',
  sceneTroops: 'U.S. troops',
  sceneTarget: 'Planned or sent',
  sceneAfterAxis: 'Later reporting',
  stepEventsLabel: 'Events in this step',
  stepFatesLabel: 'The four proposals',
} as const;

/**
 * The steps of "What happened next", in date order, each telling the events
 * that carry its stretch of time (the timeline, with hindsight on, lists all 30).
 */
export const hindsightSteps = [
  {
    id: 'next-proposals',
    heading: 'March and April: what became of the four proposals',
    showsProposalFates: true,
    events: ['draft-agreement-public', 'moscow-troika', 'ghani-counter-plan', 'istanbul-announced', 'istanbul-postponed'],
    graphicAlt: 'Timeline from March to October 2021: five events from March 8 to April 20 are marked, before the May 1 deadline.',
  },
  {
    id: 'next-withdrawal',
    heading: 'April 14 to early August: the withdrawal, and the Taliban advance',
    events: ['biden-withdrawal-decision', 'withdrawal-begins', 'taliban-offensive', 'bagram-handed-over', 'end-date-august-31', 'zaranj-falls'],
    graphicAlt: 'April 14 to August 6 is marked; the troop line falls after May 1, with gaps where only percentages of the withdrawal were published.',
  },
  {
    id: 'next-kabul',
    heading: 'August 15 to 30: Kabul falls, the last flight leaves',
    events: ['taliban-enter-kabul', 'abbey-gate-bombing', 'last-us-flight'],
    showsDeadlineFate: true,
    graphicAlt: 'August 15 to 30 is marked; the troop line rises as troops are sent to the airport, then ends at zero on August 30, four months after the May 1 deadline.',
  },
  {
    id: 'next-after',
    heading: 'September and October: after the withdrawal',
    events: ['taliban-interim-government', 'us-taliban-doha-talks', 'khalilzad-steps-down'],
    graphicAlt: 'The events of September and October 2021 are marked, after the last U.S. flight.',
  },
] as const satisfies readonly HindsightStep[];
