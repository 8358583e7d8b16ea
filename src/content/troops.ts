import type { TroopPoint } from './types';

/**
 * U.S. troops inside Afghanistan, from ../shared/facts/us-troop-levels.json
 * (values and source names unchanged; a test compares them with the file).
 * Only `snapshot` points form the area; `announced-target` points are markers;
 * `annual-average` points are a separate fiscal-year series, never mixed in.
 */
export const troopPoints = [
  {
    date: '2001-11',
    troops: 1300,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "'15 Years of War: a timeline of troops in Afghanistan' (July 2016; text follows the AP timeline, republished by USMC Life) — https://usmclife.com/15-years-war-timeline-troops-afghanistan/",
    ],
  },
  {
    date: '2001-12',
    troops: 2500,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "ABC News (Luis Martinez), 'For First Time, More US Troops in Afghanistan than Iraq' (May 2010) — http://blogs.abcnews.com/politicalpunch/2010/05/for-first-time-more-us-troops-in-afghanistan-than-iraq.html",
    ],
  },
  {
    date: '2002-03',
    troops: 7200,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "'15 Years of War: a timeline of troops in Afghanistan' (July 2016; text follows the AP timeline, republished by USMC Life) — https://usmclife.com/15-years-war-timeline-troops-afghanistan/",
    ],
  },
  {
    date: '2002-04',
    troops: 5200,
    kind: 'annual-average',
    sources: [
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
    ],
  },
  {
    date: '2002-12',
    troops: 9700,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "'15 Years of War: a timeline of troops in Afghanistan' (July 2016; text follows the AP timeline, republished by USMC Life) — https://usmclife.com/15-years-war-timeline-troops-afghanistan/",
    ],
  },
  {
    date: '2003-04',
    troops: 10400,
    kind: 'annual-average',
    sources: [
      "National Priorities Project fact sheet 'Quick Facts About U.S. Military Operations in Afghanistan' (Sept 2009; table sourced to CRS R40682, Pentagon Boots on the Ground reports), read as republished — https://puerto-rico-y-el-tercer-planeta.blogspot.com/2010/08/fact-sheet-quick-facts-about-u.html (same table also at http://pecchia.blogspot.com/2010/08/where-are-they-getting-these-ideas.html)",
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
    ],
  },
  {
    date: '2003-12',
    troops: 13100,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "'15 Years of War: a timeline of troops in Afghanistan' (July 2016; text follows the AP timeline, republished by USMC Life) — https://usmclife.com/15-years-war-timeline-troops-afghanistan/",
      "San Diego Union-Tribune, 'Afghanistan timeline' sidebar to 'Marines to be first wave in new Afghanistan plan' (Dec 1, 2009) — http://www.sandiegouniontribune.com/news/2009/dec/01/marines-to-be-first-wave-in-new-afghanistan-plan/",
      "ABC News (Luis Martinez), 'For First Time, More US Troops in Afghanistan than Iraq' (May 2010) — http://blogs.abcnews.com/politicalpunch/2010/05/for-first-time-more-us-troops-in-afghanistan-than-iraq.html",
    ],
  },
  {
    date: '2004-04',
    troops: 20300,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "'15 Years of War: a timeline of troops in Afghanistan' (July 2016; text follows the AP timeline, republished by USMC Life) — https://usmclife.com/15-years-war-timeline-troops-afghanistan/",
    ],
  },
  {
    date: '2004-04',
    troops: 15200,
    kind: 'annual-average',
    sources: [
      "National Priorities Project fact sheet 'Quick Facts About U.S. Military Operations in Afghanistan' (Sept 2009; table sourced to CRS R40682, Pentagon Boots on the Ground reports), read as republished — https://puerto-rico-y-el-tercer-planeta.blogspot.com/2010/08/fact-sheet-quick-facts-about-u.html (same table also at http://pecchia.blogspot.com/2010/08/where-are-they-getting-these-ideas.html)",
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
    ],
  },
  {
    date: '2004-07-07',
    troops: 17900,
    kind: 'snapshot',
    sources: [
      "Army National Guard release (Lisa Burgess), 'U.S. troop presence in Afghanistan at 17,900, and expected to hold steady' (July 9, 2004), republished by GlobalSecurity.org — https://www.globalsecurity.org/military/library/news/2004/07/mil-040709-arng01.htm",
      "ABC News (Luis Martinez), 'For First Time, More US Troops in Afghanistan than Iraq' (May 2010) — http://blogs.abcnews.com/politicalpunch/2010/05/for-first-time-more-us-troops-in-afghanistan-than-iraq.html",
    ],
  },
  {
    date: '2005-04',
    troops: 19100,
    kind: 'annual-average',
    sources: [
      "National Priorities Project fact sheet 'Quick Facts About U.S. Military Operations in Afghanistan' (Sept 2009; table sourced to CRS R40682, Pentagon Boots on the Ground reports), read as republished — https://puerto-rico-y-el-tercer-planeta.blogspot.com/2010/08/fact-sheet-quick-facts-about-u.html (same table also at http://pecchia.blogspot.com/2010/08/where-are-they-getting-these-ideas.html)",
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
    ],
  },
  {
    date: '2005-12-20',
    troops: 19000,
    kind: 'snapshot',
    sources: [
      "U.S. Department of Defense, American Forces Press Service (Gerry J. Gilmore), 'U.S. Troop Levels in Afghanistan Slated to Drop Next Year' (Dec 20, 2005) — http://www.defense.gov/News/NewsArticle.aspx?ID=18492",
      "AFP via China Daily, 'US to reduce troop numbers in Afghanistan very soon' (Dec 29, 2005) — https://global.chinadaily.com.cn/english/doc/2005-12/29/content_507646.htm",
    ],
  },
  {
    date: '2006-04',
    troops: 20400,
    kind: 'annual-average',
    sources: [
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
      "National Priorities Project fact sheet 'Quick Facts About U.S. Military Operations in Afghanistan' (Sept 2009; table sourced to CRS R40682, Pentagon Boots on the Ground reports), read as republished — https://puerto-rico-y-el-tercer-planeta.blogspot.com/2010/08/fact-sheet-quick-facts-about-u.html (same table also at http://pecchia.blogspot.com/2010/08/where-are-they-getting-these-ideas.html)",
    ],
  },
  {
    date: '2006-12',
    troops: 20000,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "'15 Years of War: a timeline of troops in Afghanistan' (July 2016; text follows the AP timeline, republished by USMC Life) — https://usmclife.com/15-years-war-timeline-troops-afghanistan/",
      "ABC News (Luis Martinez), 'For First Time, More US Troops in Afghanistan than Iraq' (May 2010) — http://blogs.abcnews.com/politicalpunch/2010/05/for-first-time-more-us-troops-in-afghanistan-than-iraq.html",
      "UPI, 'U.S. likely to reduce Afghan troop levels' (March 6, 2006) — http://www.upi.com/SecurityTerrorism/view.php?StoryID=20060306-042121-7029r",
    ],
  },
  {
    date: '2007-03-01',
    troops: 24845,
    kind: 'snapshot',
    sources: [
      "Congressional Research Service (JoAnne O'Bryant and Michael Waterhouse), 'U.S. Forces in Afghanistan', RS22633 (March 27 and March 30, 2007) — https://www.everycrsreport.com/files/20070330_RS22633_59355f3363983af55a599b52a8bf28ac8b97f81c.html",
    ],
  },
  {
    date: '2007-04',
    troops: 23700,
    kind: 'annual-average',
    sources: [
      "National Priorities Project fact sheet 'Quick Facts About U.S. Military Operations in Afghanistan' (Sept 2009; table sourced to CRS R40682, Pentagon Boots on the Ground reports), read as republished — https://puerto-rico-y-el-tercer-planeta.blogspot.com/2010/08/fact-sheet-quick-facts-about-u.html (same table also at http://pecchia.blogspot.com/2010/08/where-are-they-getting-these-ideas.html)",
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
    ],
  },
  {
    date: '2007-12',
    troops: 25000,
    kind: 'snapshot',
    sources: [
      "'15 Years of War: a timeline of troops in Afghanistan' (July 2016; text follows the AP timeline, republished by USMC Life) — https://usmclife.com/15-years-war-timeline-troops-afghanistan/",
      "Associated Press timeline (Indonesian translation headed 'WASHINGTON (AP)'), 'Desember 2007: Pasukan AS bertambah menjadi sekitar 25.000' — https://blog.covidggn.com/?p=22366",
    ],
  },
  {
    date: '2008-04',
    troops: 31000,
    kind: 'snapshot',
    sources: [
      "Associated Press, 'US to send more troops to Afghanistan' (April 4, 2008), via WPVI 6abc — https://6abc.com/archive/6061495/ (also HeraldNet — https://www.heraldnet.com/news/u-s-to-send-more-troops-to-afghanistan-next-year/)",
      "Congressional Research Service, 'U.S. Forces in Afghanistan', RS22633 (updated May 9, 2008) — https://www.everycrsreport.com/files/20080509_RS22633_bed8d019eedab194e2da9bba05da796a85b11116.html",
      "Congressional Research Service, 'U.S. Forces in Afghanistan', RS22633 (updated July 15, 2008) — https://www.everycrsreport.com/files/20080715_RS22633_da6a949515bf77d650992892d72a792b8ca74afa.html",
      "Eastday (English edition), report on Gates's Senate testimony (2008) — http://english.eastday.com/eastday/englishedition/world/userobject1ai3885677.html",
    ],
  },
  {
    date: '2008-04',
    troops: 30100,
    kind: 'annual-average',
    sources: [
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
      "National Priorities Project fact sheet 'Quick Facts About U.S. Military Operations in Afghanistan' (Sept 2009; table sourced to CRS R40682, Pentagon Boots on the Ground reports), read as republished — https://puerto-rico-y-el-tercer-planeta.blogspot.com/2010/08/fact-sheet-quick-facts-about-u.html (same table also at http://pecchia.blogspot.com/2010/08/where-are-they-getting-these-ideas.html)",
    ],
  },
  {
    date: '2008-12-11',
    troops: 32000,
    kind: 'snapshot',
    sources: [
      "U.S. News & World Report, 'Gates Wants to Send More U.S. Troops to Afghanistan, but How Many?' (Dec 11, 2008) — http://www.usnews.com/news/iraq/articles/2008/12/11/gates-wants-to-send-more-us-troops-to-afghanistan-but-how-many",
      "White House, President Obama's remarks at the U.S. Military Academy, West Point (Dec 1, 2009) — sentence read as quoted at https://wordola.com/wusage/trooped/f2000-t2009-p4.html; full transcript stored at https://content.time.com/time/politics/article/0,8599,1944540-1,00.html",
      "San Diego Union-Tribune, 'Afghanistan timeline' (Dec 1, 2009) — http://www.sandiegouniontribune.com/news/2009/dec/01/marines-to-be-first-wave-in-new-afghanistan-plan/",
      "San Diego Union-Tribune factbox 'A look at forces in Afghanistan' (Mar 31, 2009) — http://www.sandiegouniontribune.com/sdut-eu-nato-afghanistan-glance-033109-2009mar31-story.html",
    ],
  },
  {
    date: '2009-04',
    troops: 44000,
    kind: 'annual-average',
    sources: [
      "Congressional Research Service (Amy Belasco), 'The Cost of Iraq, Afghanistan, and Other Global War on Terror Operations Since 9/11', RL33110 (March 29, 2011), summary as catalogued by DTIC — https://apps.dtic.mil/sti/citations/ADA543589",
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
    ],
  },
  {
    date: '2009-08-14',
    troops: 62000,
    kind: 'snapshot',
    sources: [
      "Associated Press / Tribune Washington bureau in The Spokesman-Review, 'Report won't ask for more troops in Afghanistan' (Aug 14, 2009) — http://www.spokesman.com/stories/2009/aug/14/report-wont-ask-for-more-troops/",
    ],
  },
  {
    date: '2009-12-07',
    troops: 68000,
    kind: 'snapshot',
    sources: [
      "U.S. Department of Defense, American Forces Press Service (Jim Garamone), 'Officials announce first Afghanistan surge units' (Dec 7, 2009), on army.mil — https://www.army.mil/article/31457/Officials_announce_first_Afghanistan_surge_units/ (also DVIDS — http://www.dvidshub.net/?script=news/news_show.php&id=42404)",
    ],
  },
  {
    date: '2010-04',
    troops: 84000,
    kind: 'annual-average',
    sources: [
      "Congressional Research Service (Amy Belasco), 'The Cost of Iraq, Afghanistan, and Other Global War on Terror Operations Since 9/11', RL33110 (March 29, 2011), summary as catalogued by DTIC — https://apps.dtic.mil/sti/citations/ADA543589",
      "Congressional Research Service (Amy Belasco), 'Troop Levels in the Afghan and Iraq Wars, FY2001-FY2012: Cost and Other Potential Issues', R40682 (July 2, 2009), summary — https://www.everycrsreport.com/files/20090702_R40682_89db71600f5719c12370398912e968b2382743a2.html",
    ],
  },
  {
    date: '2010-05-22',
    troops: 94000,
    kind: 'snapshot',
    sources: [
      "NBC News, report on Pentagon figures (May 24, 2010) — https://www.nbcnews.com/id/wbna37324981",
      "CNN Afghanistan Crossroads blog, 'More U.S. troops now in Afghanistan than in Iraq' (May 24, 2010) — https://afghanistan.blogs.cnn.com/2010/05/24/more-troops-now-in-afghanistan-than-in-iraq/",
    ],
  },
  {
    date: '2010-12-03',
    troops: 100000,
    kind: 'snapshot',
    sources: [
      "Wire story 'Obama, troops cheer each other in Afghan visit' as carried by My Way News (Dec 3, 2010), read as quoted at https://prophecynews.blogspot.com/2010/12/my-way-news-obama-troops-cheer-each.html",
      "AFP factbox on foreign troop numbers (late 2010), via Nuclear Power Daily — https://nuclearpowerdaily.com/facts-foreign-troop-numbers-in-afghanistan-999/",
      "Congressional Research Service (Moshe Schwartz, Joyprada Swain), 'Department of Defense Contractors in Afghanistan and Iraq: Background and Analysis', R40764 (May 13, 2011) — https://www.everycrsreport.com/files/20110513_R40764_0023bd8210ad0f446230274c8cce4fe0c8a8cc09.html",
    ],
  },
  {
    date: '2011-06',
    troops: 101000,
    kind: 'snapshot',
    sources: [
      "CBS News, '10,000 U.S. troops withdrawn from Afghanistan' (Dec 2011; wire copy) — https://www.cbsnews.com/news/10000-us-troops-withdrawn-from-afghanistan/",
      "Congressional Research Service (Kenneth Katzman), 'Afghanistan: Post-Taliban Governance, Security, and U.S. Policy', RL30588 (Aug 8, 2013), abstract at HSDL — https://www.hsdl.org/?abstract&did=743316",
      "Associated Press, 'A snapshot of US troop commitment in Afghanistan' (May 25, 2014), read as republished by WIAT — http://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/ (same AP timeline also at Military Times, May 27, 2014 — http://www.militarytimes.com/article/20140527/NEWS05/305270037/Official-U-S-troop-level-in-Afghanistan-to-drop-to-about-9-800)",
      "Associated Press, 'The Afghanistan War By The Numbers' (May 2012), via Western Journalism — http://www.westernjournalism.com/the-afghanistan-war-by-the-numbers/",
      "AFP, 'Afghan war, by numbers' (Feb 21, 2020), via C4Defence — http://en.c4defence.com/AFP/Afghanistan-conflict-US-Taliban-warFACTS/143706/3",
      "Reuters via bdnews24, 'US troops in Afghanistan now down to 2,500, lowest since 2001: Pentagon' (Jan 15, 2021) — https://bdnews24.com/world/2021/01/15/us-troops-in-afghanistan-now-down-to-2500-lowest-since-2001-pentagon",
    ],
  },
  {
    date: '2011-12',
    troops: 91000,
    kind: 'snapshot',
    sources: [
      "CBS News, '10,000 U.S. troops withdrawn from Afghanistan' (Dec 2011; wire copy) — https://www.cbsnews.com/news/10000-us-troops-withdrawn-from-afghanistan/",
      "Newsday, 'U.S. meets goal: 10,000 troops home' (Dec 2011; same wire copy) — https://www.newsday.com/news/world/u-s-meets-goal-10-000-troops-home-1.3407494",
    ],
  },
  {
    date: '2012-09',
    troops: 68000,
    kind: 'announced-target',
    sources: [
      "Business Standard, report quoting Obama's June 22, 2011 address (June 23, 2011) — https://business-standard.com/article/economy-policy/-us-to-withdraw-33-000-troops-from-afghanistan-by-next-summer-111062300144_1.html",
      "Associated Press, 'The Afghanistan War By The Numbers' (May 2012), via Western Journalism — http://www.westernjournalism.com/the-afghanistan-war-by-the-numbers/",
    ],
  },
  {
    date: '2012-09-20',
    troops: 66000,
    kind: 'snapshot',
    sources: [
      "Congressional Research Service (Kenneth Katzman), 'Afghanistan: Post-Taliban Governance, Security, and U.S. Policy', RL30588 (Aug 8, 2013), abstract at HSDL — https://www.hsdl.org/?abstract&did=743316",
      "ABC News, 'Afghanistan US Troop Exit May Be Rapid' (Jan 2013) — https://abcnews.go.com/blogs/politics/2013/01/afghanistan-us-troop-exit-may-be-rapid/",
      "Associated Press via NewsOK, 'Pentagon chief Hagel makes 1st trip to Afghanistan' (Mar 8, 2013) — http://newsok.com/pentagon-chief-hagel-makes-1st-trip-to-afghanistan/article/feed/510840/?page=2",
    ],
  },
  {
    date: '2013-09',
    troops: 54500,
    kind: 'snapshot',
    sources: [
      "Military Times via Asheville Citizen-Times, 'U.S. troop levels in Afghanistan down nearly 20 percent' (Sept 27, 2013) — http://www.citizen-times.com/article/M6/20130926/NEWS08/309260024/U-S-troop-levels-Afghanistan-down-nearly-20-percent",
      "Military.com, 'Dunford: No Rush to Set Post-2014 US Force Size' (Apr 17, 2013) — https://www.military.com/daily-news/2013/04/17/dunford-no-rush-to-set-post-2014-us-force-size.html",
      "Atlanta Journal-Constitution, 'TROOP LEVELS' box citing the International Security Assistance Force (Nov 2013) — https://www.ajc.com/news/national/wants-afghan-pact-signed-before-afghan-election/I8OZII4v60YiMWryKL5r2K/",
    ],
  },
  {
    date: '2014-02',
    troops: 34000,
    kind: 'announced-target',
    sources: [
      "Congressional Research Service (Kenneth Katzman), RL30588 (Aug 8, 2013), abstract at HSDL — https://www.hsdl.org/?abstract&did=743316",
      "Military Times via Asheville Citizen-Times (Sept 27, 2013) — http://www.citizen-times.com/article/M6/20130926/NEWS08/309260024/U-S-troop-levels-Afghanistan-down-nearly-20-percent",
      "Patch (Fort Bragg), 'Troop Drawdown from Afghanistan on the Horizon' (Feb 2013) — https://new-origin.patch.com/north-carolina/fortbragg/troop-drawdown-from-afghanistan-on-the-horizon",
      "Associated Press via NewsOK (Mar 8, 2013) — http://newsok.com/pentagon-chief-hagel-makes-1st-trip-to-afghanistan/article/feed/510840/?page=2",
    ],
  },
  {
    date: '2014-05-25',
    troops: 32800,
    kind: 'snapshot',
    sources: [
      "Associated Press via PanARMENIAN.Net, 'Obama pays surprise visit to U.S. troops in Afghanistan' (May 25, 2014) — https://www.panarmenian.net/eng/news/179239/ (also AP via azfamily.com)",
      "Stars and Stripes (Jon Harper), 'Troops in Afghanistan: by the numbers' (May 27, 2014) — https://www.stripes.com/news/troops-in-afghanistan-by-the-numbers-1.285708",
      "Action News Now (KHSL/KNVN), 'President Obama threatens Karzai with full US withdrawal' (Feb 26, 2014) — http://www.actionnewsnow.com/news/president-obama-threatens-karzai-with-full-us-withdrawal/",
    ],
  },
  {
    date: '2014-12-28',
    troops: 10600,
    kind: 'snapshot',
    sources: [
      "ABC News, 'US, NATO Mark End of Mission in Afghanistan' (Dec 28, 2014) — https://abcnews.go.com/International/us-nato-mark-end-mission-afghanistan/story?id=27861808",
      "Associated Press via GoErie.com, 'U.S., NATO mark end of 13-year war in Afghanistan' (Dec 29, 2014) — https://www.goerie.com/story/news/nation-world/2014/12/29/u-s-nato-mark-end/24716647007/",
      "Reuters picture caption, Hagel at FOB Gamberi (Dec 7, 2014) — http://www.reuters.com/news/picture/editors-choice-idUSRTR4H46R",
      "Terre d'Asie, Hagel/Ghani press conference (Dec 6, 2014), in French — https://terredasie.com/?p=4456",
    ],
  },
  {
    date: '2015-01-01',
    troops: 9800,
    kind: 'announced-target',
    sources: [
      "Stars and Stripes (Jon Harper), 'Troops in Afghanistan: by the numbers' (May 27, 2014) — https://www.stripes.com/news/troops-in-afghanistan-by-the-numbers-1.285708",
      "White House statement as quoted by Patriot Update (May 2014) — http://patriotupdate.com/us-keep-troops-afghanistan/",
      "Associated Press (Julie Pace) via Small Wars Journal, 'US to Keep 9800 Troops in Afghanistan' (May 27, 2014) — https://smallwarsjournal.com/blog/us-to-keep-9800-troops-in-afghanistan",
    ],
  },
  {
    date: '2015-10-15',
    troops: 9800,
    kind: 'snapshot',
    sources: [
      "Roll Call, 'Obama to Keep Troops, Bases in Afghanistan After 2016' (Oct 15, 2015) — https://rollcall.com/2015/10/15/obama-to-keep-troops-bases-in-afghanistan-after-2016/",
      "USA Today (David Jackson), 'U.S. to keep 9,800 troops in Afghanistan through 2015' (Mar 24, 2015) — https://www.usatoday.com/story/news/2015/03/24/obama-afghanistan-ashraf-ghani-troop-withdrawal/70368016/",
      "Air Force Magazine, 'More US Contractors in Afghanistan than Troops' (Aug 2016, citing an Aug. 15, 2016 Congressional Research Service report) — https://www.airforcemag.com/more-us-contractors-in-afghanistan-than-troops/",
    ],
  },
  {
    date: '2016-12-15',
    troops: 9800,
    kind: 'snapshot',
    sources: [
      "Roll Call, 'U.S. Military Will Hit Afghanistan Troop Target Next Month' (Dec 15, 2016), citing Military Times — https://rollcall.com/2016/12/15/u-s-military-will-hit-afghanistan-troop-target-next-month/",
      "WTKR, 'Obama to leave more troops than planned in Afghanistan' (July 6, 2016) — https://www.wtkr.com/2016/07/06/obama-to-leave-more-troops-than-planned-in-afghanistan",
    ],
  },
  {
    date: '2017-01',
    troops: 8400,
    kind: 'announced-target',
    sources: [
      "WTKR, 'Obama to leave more troops than planned in Afghanistan' (July 6, 2016) — https://www.wtkr.com/2016/07/06/obama-to-leave-more-troops-than-planned-in-afghanistan",
      "UPI via Gephardt Daily, 'Obama Slows Troop Withdrawal In Afghanistan; 8,400 Staying Through 2016' (July 6, 2016) — https://gephardtdaily.com/national-international/obama-slows-troop-withdrawal-in-afghanistan-8400-staying-through-2016/",
    ],
  },
  {
    date: '2017-03',
    troops: 8400,
    kind: 'snapshot',
    sources: [
      "Politico, 'Trump will increase troops in Afghanistan. Here's how U.S. troop levels have changed since 2001' (Aug 21, 2017) — http://www.politico.com/interactives/2017/timeline-troops-afghanistan-trump/",
    ],
  },
  {
    date: '2017-08-30',
    troops: 11000,
    kind: 'snapshot',
    sources: [
      "Associated Press (Lolita C. Baldor) via Los Angeles Daily News, 'There are more US troops in Afghanistan than we thought' (Aug 30, 2017) — http://www.dailynews.com/general-news/20170830/there-are-more-us-troops-in-afghanistan-than-we-thought",
      "RFE/RL, 'Pentagon Raises Estimate Of U.S. Troop Numbers In Afghanistan' (Aug 30, 2017) — https://www.rferl.org/a/afghanistan-11000-u-s-troops/28705926.html",
      "Sputnik, Pentagon briefing quote (Aug 30, 2017) — https://sputniknews.com/asia/201708301056936949-us-pentagon-troops-afhganistan/",
    ],
  },
  {
    date: '2017-11-16',
    troops: 14000,
    kind: 'snapshot',
    sources: [
      "RFE/RL, report on Pentagon briefing (Nov 16, 2017) — https://rferl.org/amp/afghanistan-us-troops-3000-deployed/28859231.html",
      "Associated Press via Daily Herald, 'US could have almost 16,000 troops in Afghanistan next year' (Nov 8, 2017) — http://www.dailyherald.com/article/20171108/news/311089896/",
      "Congressional Research Service (Heidi M. Peters), 'Department of Defense Contractor and Troop Levels in Afghanistan and Iraq: 2007-2020', R44116 (Feb 22, 2021), summary — https://www.everycrsreport.com/reports/R44116.html",
    ],
  },
  {
    date: '2018-12-21',
    troops: 14000,
    kind: 'snapshot',
    sources: [
      "AFP via Radio Pakistan, 'Trump to withdraw significant troops from Afghanistan' (Dec 21, 2018) — https://radio.gov.pk/21-12-2018/trump-to-withdraw-significant-troops-from-afghanistan",
      "Business Insider text as republished by We Are The Mighty, 'Trump orders 7,000 troops out of Afghanistan' (Dec 2018) — https://www.wearethemighty.com/mighty-trending/trump-orders-troops-out-afghanistan/",
      "Brookings Institution (Michael O'Hanlon), 'Afghanistan after Mattis' policy brief (Jan 2019) — https://docslib.org/doc/9102771/afghanistan-after-mattis-a-revised-strategy-to-focus-on-counterterrorism-and-the-afghan-security-forces",
    ],
  },
  {
    date: '2019-12-06',
    troops: 13000,
    kind: 'snapshot',
    sources: [
      "Brookings Institution (Michael E. O'Hanlon), '5,000 troops for 5 years: A no drama approach to Afghanistan for the next US president' (Dec 6, 2019) — https://www.brookings.edu/policy2020/bigideas/5000-troops-for-5-years-a-no-drama-approach-to-afghanistan-for-the-next-us-president/",
      "legitgov.org, 'Trump admin intends to announce withdrawal of about 4,000 troops from Afghanistan' (Dec 14, 2019; quotes an unnamed news report) — https://www.legitgov.org/Trump-admin-intends-announce-withdrawal-about-4000-troops-Afghanistan",
      "AFP, 'Afghan war, by numbers' (Feb 21, 2020), via C4Defence — http://en.c4defence.com/AFP/Afghanistan-conflict-US-Taliban-warFACTS/143706/3",
      "'Timeline: US military presence in Afghanistan' (Sept 8, 2019; original outlet not named in the copy read), republished by BlackListed News — https://www.blacklistednews.com/article/74658/timeline-us-military-presence-in.html",
    ],
  },
  {
    date: '2020-02-29',
    troops: 13000,
    kind: 'snapshot',
    sources: [
      "Associated Press / Military Times, 'All U.S. Troops to Leave Afghanistan in 14 Months if Taliban Meets Commitments' (Feb 29, 2020), via Small Wars Journal — https://smallwarsjournal.com/blog/all-us-troops-leave-afghanistan-14-months-if-taliban-meets-commitments-peace-deal-signed-today",
      "The Media Line, report on USFOR-A statement (Mar 10, 2020) — https://themedialine.org/headlines/us-troops-begin-leaving-afghanistan-military-spokesman-says/",
      "AFP, 'Afghan war, by numbers' (Feb 21, 2020), via C4Defence — http://en.c4defence.com/AFP/Afghanistan-conflict-US-Taliban-warFACTS/143706/3",
    ],
  },
  {
    date: '2020-07-13',
    troops: 8600,
    kind: 'snapshot',
    sources: [
      "The Washington Times, report on Pentagon statement (July 15, 2020) — https://www.washingtontimes.com/news/2020/jul/15/us-meets-deadline-cut-number-troops-afghanistan/",
      "American Military News, 'Pentagon: US has less than 8,600 troops in Afghanistan now' (July 15, 2020) — https://americanmilitarynews.com/2020/07/pentagon-us-has-less-than-8600-troops-in-afghanistan-now-meeting-goal-laid-out-in-taliban-peace-deal/",
      "Xinhua via India Blooms, 'US reaches troops reduction target of 8,600 in Afghanistan: U.S. general' (June 19, 2020) — https://www.indiablooms.com/phoenix/public/world/us-reaches-troops-reduction-target-of-8600-in-afghanistan-us-general/details",
    ],
  },
  {
    date: '2020-07-13',
    troops: 8600,
    kind: 'announced-target',
    sources: [
      "Sputnik via UrduPoint, report quoting the U.S.-Afghanistan joint declaration (Feb 29, 2020) — https://www.urdupoint.com/en/world/us-afghanistan-release-joint-statement-ahead-850839.html",
      "Associated Press / Military Times via Small Wars Journal (Feb 29, 2020) — https://smallwarsjournal.com/blog/all-us-troops-leave-afghanistan-14-months-if-taliban-meets-commitments-peace-deal-signed-today",
    ],
  },
  {
    date: '2020-11',
    troops: 4500,
    kind: 'announced-target',
    sources: [
      "News Ghana, wire report on McKenzie's Sept 9 statement (Sept 10, 2020) — https://newsghana.com.gh/trump-says-u-s-troops-in-iraq-to-be-reduced-to-2000-soon/",
      "RFE/RL, report on Esper's Fox News interview (Aug 9, 2020) — https://www.rferl.org/a/defense-chief-says-u-s-will-cut-troops-in-afghanistan-below-5-000/30773895.html",
      "TASS via Russia-Islamic World (Sept 10, 2020) — https://russia-islworld.ru/novosti//the-us-will-reduce-its-contingent-in-afghanistan-from-8-600-to-4-500-people-by-november/",
      "The Hill, excerpted by HSToday (Aug 9, 2020) — https://www.hstoday.us/subject-matter-areas/counterterrorism/esper-says-u-s-troop-presence-in-afghanistan-will-be-less-than-5000-by-november/",
    ],
  },
  {
    date: '2020-11-17',
    troops: 4500,
    kind: 'snapshot',
    sources: [
      "CNN (Barbara Starr and Ryan Browne), 'US announces further drawdown of troops in Afghanistan and Iraq before Biden takes office' (Nov 17, 2020), read as quoted at https://abouttrump.org/2020/11/17/11-17-2020-8/",
      "Shenzhen Daily (agencies), Miller announcement (Nov 19, 2020) — http://www.szdaily.com/content/2020-11/19/content_23734553.htm",
      "Reuters via Devdiscourse, 'U.S. to go down to 2,500 troops in Afghanistan by early 2021 -Trump adviser' (Oct 8, 2020) — https://www.devdiscourse.com/article/education/1243005-us-to-go-down-to-2500-troops-in-afghanistan-by-early-2021--trump-adviser",
    ],
  },
  {
    date: '2020-12-22',
    troops: 4000,
    kind: 'snapshot',
    sources: [
      "Dayton Daily News, 'Acting defense chief visits Afghanistan during troop pullout' (Dec 22, 2020; wire story) — https://www.daytondailynews.com/nation-world/acting-defense-chief-visits-afghanistan-during-troop-pullout/UG3MKS4IE5GSVCDUUUM5YDGZFM/",
    ],
  },
  {
    date: '2021-01-15',
    troops: 2500,
    kind: 'snapshot',
    sources: [
      "Reuters via bdnews24, 'US troops in Afghanistan now down to 2,500, lowest since 2001: Pentagon' (Jan 15, 2021) — https://bdnews24.com/world/2021/01/15/us-troops-in-afghanistan-now-down-to-2500-lowest-since-2001-pentagon",
      "Associated Press via KTTC (Jan 15, 2021) — https://kttc.com/2021/01/15/us-down-to-2500-troops-in-afghanistan-as-ordered-by-trump/",
      "Stars and Stripes, report on the New York Times story (Mar 2021) — https://www.stripes.com/theaters/middle_east/more-us-troops-in-afghanistan-than-publicly-announced-news-report-says-1.665857",
      "Dawn (Anwar Iqbal), 'US has more troops in Afghanistan than officially acknowledged: NYT' (Mar 15, 2021) — https://dawn.com/news/1612634/us-has-more-troops-in-afghanistan-than-officially-acknowledged-nyt",
      "Associated Press via Daily Mail (Apr 15, 2021) — https://www.dailymail.co.uk/wires/ap/article-9472757/AP-PHOTOS-Sacrifice-sorrow-20-years-war-Afghanistan.html",
    ],
  },
  {
    date: '2021-01-15',
    troops: 2500,
    kind: 'announced-target',
    sources: [
      "Shenzhen Daily (agencies), Miller/O'Brien announcement (Nov 19, 2020) — http://www.szdaily.com/content/2020-11/19/content_23734553.htm",
      "AFP via Sharjah 24, 'US troop levels cut to 2,500 each in Afghanistan and Iraq' (Jan 15, 2021) — https://www.sharjah24.ae/en/Articles/2021/01/15/US-troop-levels-cut-to-2500-each-in-Afghanistan-and-Iraq",
      "Reuters via Devdiscourse (Oct 8, 2020) — https://www.devdiscourse.com/article/education/1243005-us-to-go-down-to-2500-troops-in-afghanistan-by-early-2021--trump-adviser",
    ],
  },
  {
    date: '2021-05-01',
    troops: 0,
    kind: 'announced-target',
    sources: [
      "Sputnik via UrduPoint, joint declaration text (Feb 29, 2020) — https://www.urdupoint.com/en/world/us-afghanistan-release-joint-statement-ahead-850839.html",
      "Reuters via bdnews24 (Jan 15, 2021) — https://bdnews24.com/world/2021/01/15/us-troops-in-afghanistan-now-down-to-2500-lowest-since-2001-pentagon",
      "Xinhua via The Quint, report on Biden's Apr 14, 2021 remarks (Apr 15, 2021) — https://www.thequint.com/amp/story/news/world/biden-announces-troops-withdrawal-from-afghanistan-beginning-1-may",
    ],
  },
] as const satisfies readonly TroopPoint[];

/** The caveats a chart caption must carry, from the fact sheet. */
export const troopCaveats = [
  'Counts are of U.S. military personnel inside Afghanistan, mostly rounded as published; contractors and forces supporting the war from outside the country are not included.',
  'The Pentagon changed how it counted in August 2017, so part of that year’s rise from 8,400 to about 11,000 is accounting, not new deployments.',
  'The Defense Department stopped publishing the numbers in late 2017; figures from 2018 to 2021 are officials’ round approximations.',
  'The 2,500 of January 2021 is the official figure.',
] as const;
