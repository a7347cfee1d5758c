"""Invented articles (stop 37, "battery B" in the README): 30 news articles in the styles of different outlets,
with expected entities and claims, written by a helper that saw neither the rules nor any gold.

Each article: id, style, text, entities [(surface, type)] (type "ORG|PLACE" accepts either: sports teams named
after places, buildings), claims [(fragment, speaker, kind[, note])] where speaker is a string or a tuple of
acceptable strings and a note starting "DEBATABLE" marks a judgement call, non_claims [fragment] (text that must
not be inside any suggested claim), note.
All names, people and events are invented.
"""

ARTICLES = []


def article(**kw):
    kw.setdefault("non_claims", [])
    kw.setdefault("note", "")
    ARTICLES.append(kw)


# ---------------------------------------------------------------- A01 Indian press (The Hindu style)
article(id="A01", style="Indian press, The Hindu", text='''Bengaluru water tanker rates to be capped, says Minister

BENGALURU: The Karnataka government will cap the prices charged by private water tankers in Bengaluru from March 15, Urban Development Minister H.R. Nagaraj Gowda announced on Tuesday.

Speaking to reporters at Vidhana Soudha, Mr. Gowda said the government had received "hundreds of complaints" of tanker operators charging up to ₹2,000 for a 6,000-litre load. "This is exploitation of people in distress. We will not allow anybody to profit from a drought," he said.

According to the Bangalore Water Supply and Sewerage Board (BWSSB), nearly 3,000 of the city's 14,000 borewells have dried up since January. The board's chairman, Ramprasath Manohar, told The Hindu that the shortfall in supply was about 500 million litres a day.

Residents of Whitefield and Mahadevapura, where many apartment complexes depend entirely on tankers, have welcomed the decision. "We have been paying three times the usual rate for a month. Someone had to step in," said Kavitha Raghavan, secretary of the Prestige Shantiniketan Residents' Welfare Association.

Tanker operators, however, were unhappy. A representative of the Bengaluru Private Water Tanker Owners' Association, who did not wish to be named, said the cap did not account for the rising cost of diesel and the longer distances operators now had to travel to find water.

The Opposition BJP accused the government of acting late. "The government was sleeping for three months. Now they are announcing caps as if it is a great achievement," BJP MLA C.N. Muniraju said. He also demanded that the government release funds for new borewells in the city's outer zones.

Meanwhile, the India Meteorological Department (IMD) has forecast below-normal pre-monsoon showers for south interior Karnataka, which officials said could prolong the crisis till June.

Mr. Gowda said the cap would be reviewed once the monsoon set in.''',
entities=[("BENGALURU", "PLACE"), ("Bengaluru", "PLACE"), ("Karnataka", "PLACE"), ("H.R. Nagaraj Gowda", "PERSON"), ("Gowda", "PERSON"),
          ("Vidhana Soudha", "ORG|PLACE"), ("Bangalore Water Supply and Sewerage Board", "ORG"), ("BWSSB", "ORG"),
          ("Ramprasath Manohar", "PERSON"), ("The Hindu", "ORG"), ("Whitefield", "PLACE"), ("Mahadevapura", "PLACE"),
          ("Kavitha Raghavan", "PERSON"), ("Prestige Shantiniketan Residents' Welfare Association", "ORG"),
          ("Bengaluru Private Water Tanker Owners' Association", "ORG"), ("BJP", "ORG"), ("C.N. Muniraju", "PERSON"),
          ("India Meteorological Department", "ORG"), ("IMD", "ORG")],
claims=[("water tanker rates to be capped", "H.R. Nagaraj Gowda", "named",
         "DEBATABLE: headline 'says Minister'; the text resolves the minister to Gowda"),
        ("will cap the prices charged by private water tankers", "H.R. Nagaraj Gowda", "named"),
        ("the government had received", "H.R. Nagaraj Gowda", "named"),
        ("This is exploitation of people in distress", "H.R. Nagaraj Gowda", "named"),
        ("nearly 3,000 of the city's 14,000 borewells", "Bangalore Water Supply and Sewerage Board", "named"),
        ("the shortfall in supply was about 500 million litres", "Ramprasath Manohar", "named"),
        ("We have been paying three times the usual rate", "Kavitha Raghavan", "named"),
        ("the cap did not account for the rising cost of diesel", "Bengaluru Private Water Tanker Owners' Association",
         "named", "unnamed representative of a named organisation -> the organisation"),
        ("accused the government of acting late", "BJP", "named", "DEBATABLE: 'accused ... of' as a claim"),
        ("The government was sleeping for three months", "C.N. Muniraju", "named"),
        ("release funds for new borewells", "C.N. Muniraju", "named", "DEBATABLE: a demand"),
        ("below-normal pre-monsoon showers", "India Meteorological Department", "named",
         "DEBATABLE: 'has forecast' as a reporting verb"),
        ("could prolong the crisis till June", "officials", "unnamed"),
        ("the cap would be reviewed once the monsoon", "H.R. Nagaraj Gowda", "named")])

# ---------------------------------------------------------------- A02 Nigerian press (Punch style)
article(id="A02", style="Nigerian press, Punch", text='''NDLEA intercepts N4.2bn cocaine at Lagos airport, arrests businessman

The National Drug Law Enforcement Agency has intercepted 21.3 kilogrammes of cocaine worth about N4.2bn at the Murtala Muhammed International Airport, Ikeja, Lagos, and arrested a 47-year-old businessman linked to the consignment.

The agency's Director of Media and Advocacy, Olufemi Adesanya, disclosed this in a statement in Abuja on Sunday.

Adesanya said the suspect, Chukwuemeka Obiora, was arrested on Thursday at the arrival hall of the airport shortly after disembarking from an Ethiopian Airlines flight from São Paulo, Brazil.

According to him, the drug was concealed in the false bottoms of two suitcases and wrapped in carbon paper to evade detection by scanners.

“Upon interrogation, the suspect claimed he was given the bags by a contact in Brazil who promised him N15m upon delivery in Lagos,” the statement read.

The Chairman/Chief Executive Officer of the NDLEA, Brig. Gen. Abdullahi Garba Jibrin (retd.), commended the officers for their vigilance and warned traffickers that the agency’s “eyes are everywhere”.

In a related development, operatives of the agency in Kano State raided a warehouse in the Sabon Gari area of the state capital, recovering 1,240 kilogrammes of skunk.

The Kano State Commander of the NDLEA, Hajia Aisha Lawan Bello, said two suspects were arrested during the raid, adding that investigations were ongoing to track down the owner of the warehouse.

A Lagos-based lawyer, Ikechukwu Okafor, SAN, told our correspondent that the rising number of arrests showed traffickers were becoming more desperate.

“The penalties under the NDLEA Act are stiff, but what we need is speedy prosecution. Some of these cases drag on for seven, eight years,” Okafor said.''',
entities=[("NDLEA", "ORG"), ("Lagos", "PLACE"), ("National Drug Law Enforcement Agency", "ORG"),
          ("Murtala Muhammed International Airport", "ORG|PLACE"), ("Ikeja", "PLACE"), ("Olufemi Adesanya", "PERSON"),
          ("Abuja", "PLACE"), ("Adesanya", "PERSON"), ("Chukwuemeka Obiora", "PERSON"), ("Ethiopian Airlines", "ORG"),
          ("São Paulo", "PLACE"), ("Brazil", "PLACE"), ("Abdullahi Garba Jibrin", "PERSON"), ("Kano State", "PLACE"),
          ("Sabon Gari", "PLACE"), ("Aisha Lawan Bello", "PERSON"), ("Ikechukwu Okafor", "PERSON"), ("Okafor", "PERSON")],
claims=[("intercepted 21.3 kilogrammes of cocaine", "Olufemi Adesanya", "named",
         "DEBATABLE: the lede has no reporting verb; the next sentence says Adesanya 'disclosed this'"),
        ("was arrested on Thursday at the arrival hall", "Olufemi Adesanya", "named"),
        ("concealed in the false bottoms of two suitcases", "Olufemi Adesanya", "named"),
        ("Upon interrogation, the suspect claimed", "Olufemi Adesanya", "named",
         "DEBATABLE: 'the statement read' -> the statement's named author; suspect's words inside belong to the quoter"),
        ("eyes are everywhere", "Abdullahi Garba Jibrin", "named"),
        ("two suspects were arrested during the raid", "Aisha Lawan Bello", "named"),
        ("investigations were ongoing to track down", "Aisha Lawan Bello", "named"),
        ("traffickers were becoming more desperate", "Ikechukwu Okafor", "named"),
        ("The penalties under the NDLEA Act are stiff", "Ikechukwu Okafor", "named")])

# ---------------------------------------------------------------- A03 Kenyan press (Daily Nation style)
article(id="A03", style="Kenyan press, Daily Nation", text='''Nurses in Kisumu down tools over unpaid salaries

Health services in Kisumu County were paralysed on Monday after more than 1,200 nurses went on strike over three months of salary arrears.

Kenya National Union of Nurses (KNUN) Kisumu branch secretary Maurice Opiyo Odhiambo said the county government had ignored a 14-day strike notice issued in February.

“We have been patient. Our members cannot pay rent, cannot pay school fees, and some have been evicted. We will not go back to work until every shilling is paid,” Mr Odhiambo told journalists outside the Jaramogi Oginga Odinga Teaching and Referral Hospital.

At the hospital, patients were turned away from the outpatient wing. Ms Achieng’ Atieno, who had travelled from Nyakach with her sick daughter, said she had waited for six hours without seeing a nurse.

“They told us to go to a private hospital. Where will I get the money?” she asked.

County Health executive Dr Millicent Awino Ouma said the delay was caused by the late disbursement of funds from the National Treasury.

“The county is owed Sh2.3 billion by the national government. We cannot pay what we have not received,” she said, adding that the arrears would be cleared “within two weeks” once the funds arrived.

But the Controller of Budget’s latest report shows that Kisumu received Sh1.1 billion in December, money that the union says should have gone to salaries.

Kisumu West MP Rose Anyango Omondi urged the Council of Governors and the Treasury to resolve the standoff, saying health workers “should never be the ones to pay for bureaucratic delays”.

Meanwhile, the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said in a statement that doctors in the county would join the strike next week if the nurses’ demands were not met.''',
entities=[("Kisumu", "PLACE"), ("Kisumu County", "PLACE"), ("Kenya National Union of Nurses", "ORG"), ("KNUN", "ORG"),
          ("Maurice Opiyo Odhiambo", "PERSON"), ("Odhiambo", "PERSON"),
          ("Jaramogi Oginga Odinga Teaching and Referral Hospital", "ORG"), ("Achieng’ Atieno", "PERSON"),
          ("Nyakach", "PLACE"), ("Millicent Awino Ouma", "PERSON"), ("National Treasury", "ORG"),
          ("Controller of Budget", "ORG"), ("Kisumu West", "PLACE"), ("Rose Anyango Omondi", "PERSON"),
          ("Council of Governors", "ORG"), ("Treasury", "ORG"),
          ("Kenya Medical Practitioners, Pharmacists and Dentists Union", "ORG"), ("KMPDU", "ORG")],
claims=[("had ignored a 14-day strike notice", "Maurice Opiyo Odhiambo", "named"),
        ("Our members cannot pay rent", "Maurice Opiyo Odhiambo", "named"),
        ("she had waited for six hours", "Achieng’ Atieno", "named"),
        ("They told us to go to a private hospital", "Achieng’ Atieno", "named",
         "DEBATABLE: statement + question in one quote attributed with 'she asked'"),
        ("the delay was caused by the late disbursement", "Millicent Awino Ouma", "named"),
        ("The county is owed Sh2.3 billion", "Millicent Awino Ouma", "named"),
        ("within two weeks", "Millicent Awino Ouma", "named"),
        ("Kisumu received Sh1.1 billion in December", "Controller of Budget", "named"),
        ("should have gone to salaries", ("Kenya National Union of Nurses", "KNUN"), "named",
         "DEBATABLE: 'the union' resolved by the text to KNUN; alternative: 'the union' unnamed"),
        ("should never be the ones to pay", "Rose Anyango Omondi", "named"),
        ("doctors in the county would join the strike", "Kenya Medical Practitioners, Pharmacists and Dentists Union",
         "named")],
non_claims=["Where will I get the money?"])

# ---------------------------------------------------------------- A04 South African press (News24 style)
article(id="A04", style="South African press, News24", text='''Eskom warns of stage 4 load shedding as winter demand peaks

Eskom has warned South Africans to brace for up to stage 4 load shedding over the coming weeks as cold weather pushes electricity demand to its highest level this year.

In a briefing in Johannesburg on Thursday, the utility's chief operating officer, Thandeka Mthembu-Dlamini, said unplanned outages had climbed to 16,400MW, well above the 13,000MW the system could absorb.

"We are not going to sugar-coat it. The next three weeks will be difficult," Mthembu-Dlamini said. "But we are not where we were in 2023, when we had 300 days of load shedding."

She said two units at the Kusile power station in Mpumalanga were expected to return to service by mid-July.

Electricity and Energy Minister Pieter van der Westhuizen said in a separate statement that the department was "closely monitoring" the situation and that emergency procurement would not be used.

But energy analyst Lungile Mashaba of the Cape Town-based Energy Research Collective said Eskom's winter outlook, published in May, had been "wildly optimistic".

"The outlook assumed unplanned outages of 13,000MW. Anybody who has looked at the fleet's performance over the last decade knows that was never realistic," Mashaba told News24.

Business Unity South Africa (Busa) estimated that each stage of load shedding costs the economy about R900 million a day.

In Soweto, residents said the outages were compounded by the utility's policy of "load reduction" in areas with high levels of non-payment.

"We pay, but we are punished with everyone else. Some days we have four hours of power," said Nomvula Khumalo, a 58-year-old resident of Orlando East.

A spokesperson for Eskom said load reduction was "a last resort to protect infrastructure from overloading".''',
entities=[("Eskom", "ORG"), ("Johannesburg", "PLACE"), ("Thandeka Mthembu-Dlamini", "PERSON"),
          ("Mthembu-Dlamini", "PERSON"), ("Mpumalanga", "PLACE"), ("Pieter van der Westhuizen", "PERSON"),
          ("Lungile Mashaba", "PERSON"), ("Cape Town", "PLACE"), ("Energy Research Collective", "ORG"),
          ("Mashaba", "PERSON"), ("News24", "ORG"), ("Business Unity South Africa", "ORG"), ("Busa", "ORG"),
          ("Soweto", "PLACE"), ("Nomvula Khumalo", "PERSON"), ("Orlando East", "PLACE")],
claims=[("brace for up to stage 4 load shedding", "Eskom", "named"),
        ("unplanned outages had climbed to 16,400MW", "Thandeka Mthembu-Dlamini", "named"),
        ("We are not going to sugar-coat it", "Thandeka Mthembu-Dlamini", "named"),
        ("But we are not where we were in 2023", "Thandeka Mthembu-Dlamini", "named"),
        ("two units at the Kusile power station", "Thandeka Mthembu-Dlamini", "named"),
        ("closely monitoring", "Pieter van der Westhuizen", "named"),
        ("emergency procurement would not be used", "Pieter van der Westhuizen", "named"),
        ("wildly optimistic", "Lungile Mashaba", "named"),
        ("The outlook assumed unplanned outages of 13,000MW", "Lungile Mashaba", "named"),
        ("each stage of load shedding costs the economy", "Business Unity South Africa", "named"),
        ("the outages were compounded by the utility", "residents", "unnamed",
         "DEBATABLE: 'In Soweto, residents said' - 'residents' vs 'residents in Soweto'"),
        ("We pay, but we are punished with everyone else", "Nomvula Khumalo", "named"),
        ("a last resort to protect infrastructure", "Eskom", "named")])

# ---------------------------------------------------------------- A05 Australian press (ABC News style)
article(id="A05", style="Australian press, ABC News", text='''Lismore residents told to evacuate as Wilsons River rises

Residents in low-lying parts of Lismore have been told to evacuate immediately as the Wilsons River climbs towards a predicted peak of 11.2 metres on Thursday night.

The NSW State Emergency Service (SES) issued an emergency warning just after 2:00pm, covering the CBD, North Lismore and South Lismore.

SES Assistant Commissioner Brendan Kearney said crews had already carried out 47 flood rescues across the Northern Rivers since Tuesday.

"If you are in the warning area, do not wait. Leave now while the roads are still open," Assistant Commissioner Kearney said.

The Bureau of Meteorology said a further 150 millimetres of rain could fall on the catchment overnight.

Senior meteorologist Sarah Nguyen said the low-pressure system was moving more slowly than forecast.

"It's essentially parked off the coast, and that's the worst-case scenario for the Northern Rivers," she said.

Lismore Mayor Angela Tuckwell told ABC North Coast the community was "exhausted" after the 2022 floods, which reached a record 14.4 metres.

"People have only just finished rebuilding. Some of them haven't even finished. To be going through this again is heartbreaking," Ms Tuckwell said.

Emergency Services Minister Kate O'Halloran said the Australian Defence Force had been placed on standby, and that evacuation centres at Southern Cross University and Goonellabah were open.''',
entities=[("Lismore", "PLACE"), ("Wilsons River", "PLACE"), ("NSW State Emergency Service", "ORG"), ("SES", "ORG"),
          ("North Lismore", "PLACE"), ("South Lismore", "PLACE"), ("Brendan Kearney", "PERSON"), ("Kearney", "PERSON"),
          ("Northern Rivers", "PLACE"), ("Bureau of Meteorology", "ORG"), ("Sarah Nguyen", "PERSON"),
          ("Angela Tuckwell", "PERSON"), ("ABC North Coast", "ORG"), ("Tuckwell", "PERSON"),
          ("Kate O'Halloran", "PERSON"), ("Australian Defence Force", "ORG"), ("Southern Cross University", "ORG"),
          ("Goonellabah", "PLACE")],
claims=[("crews had already carried out 47 flood rescues", "Brendan Kearney", "named"),
        ("Leave now while the roads are still open", "Brendan Kearney", "named",
         "DEBATABLE: an instruction, not an assertion"),
        ("a further 150 millimetres of rain", "Bureau of Meteorology", "named"),
        ("moving more slowly than forecast", "Sarah Nguyen", "named"),
        ("essentially parked off the coast", "Sarah Nguyen", "named"),
        ("the community was", "Angela Tuckwell", "named"),
        ("People have only just finished rebuilding", "Angela Tuckwell", "named"),
        ("placed on standby", "Kate O'Halloran", "named"),
        ("evacuation centres at Southern Cross University", "Kate O'Halloran", "named")],
non_claims=["have been told to evacuate immediately"])

# ---------------------------------------------------------------- A06 Canadian press (CBC style)
article(id="A06", style="Canadian press, CBC", text='''Calgary council approves blanket rezoning after marathon hearing

Calgary city council voted 9-6 on Tuesday night to approve citywide blanket rezoning, ending the longest public hearing in the city's history.

The change, which takes effect Aug. 6, will allow row houses and townhomes to be built in most residential neighbourhoods without a separate land-use application.

Mayor Priya Sandhu said the vote was "about whether the next generation can afford to live here."

"We heard from more than 700 Calgarians. I respect every single one of them, including the ones who disagree with me tonight," Sandhu told reporters after the vote.

Ward 13 Coun. Gordon Whitehorse, who voted against the motion, said many residents felt council had ignored them.

"This was decided before the hearing even began, and people know it," he said.

According to city administration, the rezoning could add as many as 34,000 homes over the next decade.

A report from the Canada Mortgage and Housing Corporation released last month found that Calgary's average rent rose 14.3 per cent in 2023, the largest increase among major Canadian cities.

Leah Tremblay, a renter who spoke at the hearing on its second day, said she had moved four times in three years because of rent increases.

"I'm a nurse. I work full time. And I'm sharing a two-bedroom with three other adults," she said.

The Federation of Calgary Communities, which represents 150 community associations, said in a statement it was "disappointed" that council had not delayed the vote.''',
entities=[("Calgary", "PLACE"), ("Priya Sandhu", "PERSON"), ("Sandhu", "PERSON"), ("Gordon Whitehorse", "PERSON"),
          ("Canada Mortgage and Housing Corporation", "ORG"), ("Leah Tremblay", "PERSON"),
          ("Federation of Calgary Communities", "ORG")],
claims=[("about whether the next generation can afford", "Priya Sandhu", "named"),
        ("We heard from more than 700 Calgarians", "Priya Sandhu", "named"),
        ("many residents felt council had ignored them", "Gordon Whitehorse", "named"),
        ("This was decided before the hearing even began", "Gordon Whitehorse", "named"),
        ("could add as many as 34,000 homes", "city administration", "unnamed",
         "DEBATABLE: the city's administration is an organisation but not named"),
        ("average rent rose 14.3 per cent", "Canada Mortgage and Housing Corporation", "named"),
        ("had moved four times in three years", "Leah Tremblay", "named"),
        ("I'm a nurse. I work full time.", "Leah Tremblay", "named"),
        ("that council had not delayed the vote", "Federation of Calgary Communities", "named")],
non_claims=["voted 9-6 on Tuesday night"])

# ---------------------------------------------------------------- A07 Irish press (Irish Times style)
article(id="A07", style="Irish press, Irish Times", text='''Record 931 patients on trolleys as INMO warns of ‘dangerous’ overcrowding

A record 931 patients were waiting on trolleys in Irish hospitals this morning, according to the Irish Nurses and Midwives Organisation.

The INMO’s Trolley Watch figures show that University Hospital Limerick was the worst affected, with 118 patients without a bed, followed by Cork University Hospital with 74.

INMO general secretary Siobhán Ní Bhriain said the figures were “a damning indictment” of the Government’s winter plan.

“Nurses are being asked to provide care in corridors, in waiting rooms, in store rooms. That is not safe for patients and it is not safe for staff,” Ms Ní Bhriain said.

The HSE said emergency departments were experiencing “exceptionally high” levels of attendance, particularly among older patients with respiratory illness.

In a statement, a spokesperson for UL Hospitals Group said it had opened 24 additional surge beds and was urging the public to consider alternatives such as GPs and local injury units.

Minister for Health Ciarán Ó Murchú told the Dáil that an additional €46 million had been allocated to hospitals this winter, and that 300 new beds would open by the end of the year.

Sinn Féin health spokesperson Aoife Breathnach said the minister had “lost control” of the health service.

“He announces plan after plan, and every winter the numbers get worse,” she said.''',
entities=[("INMO", "ORG"), ("Irish Nurses and Midwives Organisation", "ORG"), ("University Hospital Limerick", "ORG"),
          ("Cork University Hospital", "ORG"), ("Siobhán Ní Bhriain", "PERSON"), ("Ní Bhriain", "PERSON"),
          ("HSE", "ORG"), ("UL Hospitals Group", "ORG"), ("Ciarán Ó Murchú", "PERSON"), ("Dáil", "ORG"),
          ("Sinn Féin", "ORG"), ("Aoife Breathnach", "PERSON")],
claims=[("931 patients were waiting on trolleys in Irish hospitals", "Irish Nurses and Midwives Organisation", "named"),
        ("University Hospital Limerick was the worst affected", "Irish Nurses and Midwives Organisation", "named",
         "figures of a named author; INMO -> full name given in the text"),
        ("a damning indictment", "Siobhán Ní Bhriain", "named"),
        ("Nurses are being asked to provide care in corridors", "Siobhán Ní Bhriain", "named"),
        ("exceptionally high", "HSE", "named"),
        ("had opened 24 additional surge beds", "UL Hospitals Group", "named"),
        ("an additional €46 million had been allocated", "Ciarán Ó Murchú", "named"),
        ("300 new beds would open", "Ciarán Ó Murchú", "named"),
        ("of the health service", "Aoife Breathnach", "named"),
        ("He announces plan after plan", "Aoife Breathnach", "named")])

# ---------------------------------------------------------------- A08 Singaporean press (Straits Times style)
article(id="A08", style="Singaporean press, The Straits Times", text='''Scam victims lost $385.6m in first half of 2025

SINGAPORE – Victims in Singapore lost at least $385.6 million to scams in the first half of 2025, with job scams and government official impersonation scams among the most common, the police said on Aug 24.

In their mid-year scam and cybercrime statistics, the Singapore Police Force (SPF) said 19,665 scam cases were reported between January and June, a 3.2 per cent increase from the same period in 2024.

Government official impersonation scams – in which scammers pose as officers from agencies such as the Monetary Authority of Singapore – accounted for $126.5 million in losses, the police added.

Speaking to reporters at the Police Cantonment Complex, Anti-Scam Command director Lim Wei Ling said scammers were increasingly using artificial intelligence to clone the voices of victims' relatives.

"In some cases, the victim hears what sounds exactly like their son or daughter crying for help. It is very convincing," Assistant Commissioner Lim said.

Senior Minister of State for Home Affairs Goh Pei Shan wrote in a Facebook post that the Government would introduce new powers to restrict the banking transactions of people deemed to be at high risk.

Madam Koh Siew Lan, 67, a retiree who lost $240,000 in a fake investment scheme, told The Straits Times she had been contacted through a Facebook advertisement featuring a well-known local businessman.

"I thought I was being careful. I checked the company's website and it looked very professional," said Madam Koh, who asked that her photograph not be published.

A spokesperson for DBS Bank said the bank had blocked more than 12,000 suspicious transactions in the first half of the year.''',
entities=[("SINGAPORE", "PLACE"), ("Singapore", "PLACE"), ("Singapore Police Force", "ORG"), ("SPF", "ORG"),
          ("Monetary Authority of Singapore", "ORG"), ("Police Cantonment Complex", "ORG|PLACE"),
          ("Anti-Scam Command", "ORG"), ("Lim Wei Ling", "PERSON"), ("Lim", "PERSON"), ("Goh Pei Shan", "PERSON"),
          ("Facebook", "ORG"), ("Koh Siew Lan", "PERSON"), ("The Straits Times", "ORG"), ("Koh", "PERSON"),
          ("DBS Bank", "ORG")],
claims=[("lost at least $385.6 million to scams", ("Singapore Police Force", "police"), "named",
         "DEBATABLE: 'the police said'; the next sentence names the Singapore Police Force"),
        ("19,665 scam cases were reported", "Singapore Police Force", "named"),
        ("accounted for $126.5 million in losses", ("Singapore Police Force", "police"), "named",
         "DEBATABLE: 'the police added'"),
        ("using artificial intelligence to clone the voices", "Lim Wei Ling", "named"),
        ("the victim hears what sounds exactly like", "Lim Wei Ling", "named"),
        ("introduce new powers to restrict the banking transactions", "Goh Pei Shan", "named"),
        ("contacted through a Facebook advertisement", "Koh Siew Lan", "named"),
        ("I thought I was being careful", "Koh Siew Lan", "named"),
        ("blocked more than 12,000 suspicious transactions", "DBS Bank", "named")],
note="Chinese names surname first: 'Assistant Commissioner Lim' = Lim Wei Ling, 'Madam Koh' = Koh Siew Lan.")

# ---------------------------------------------------------------- A09 Philippine press (Inquirer style)
article(id="A09", style="Philippine press, Inquirer", text='''Senate probe: P2.1-B flood control projects in Bulacan ‘nonexistent,’ COA finds

MANILA, Philippines — At least 17 flood control projects in Bulacan worth P2.1 billion could not be found during site inspections, according to a Commission on Audit (COA) report presented at a Senate blue ribbon committee hearing on Monday.

State auditors said contractors had been paid in full for 11 of the projects, even though inspectors found “no structure whatsoever” at the listed sites in Malolos, Calumpit and Hagonoy.

Senator Ramon dela Peña, who chairs the committee, said the findings pointed to “a well-organized syndicate” inside the Department of Public Works and Highways (DPWH).

“Ito ay pagnanakaw sa taumbayan,” Dela Peña said. (This is theft from the people.)

Public Works Secretary Eduardo Villanueva Jr. told senators that the department had filed administrative charges against 23 engineers and suspended the accreditation of four contractors.

“I will not defend anyone who stole from this department. If they are guilty, they will go to jail,” Villanueva said.

But a former DPWH district engineer, testifying under oath, said kickbacks of up to 25 percent were “standard practice” and that senior officials knew about it.

Bulacan Governor Maria Cristina Fernando-Santos said in a statement that the provincial government had “no role” in the implementation of national flood control projects.

Residents of Hagonoy, which was submerged for nearly two weeks during Typhoon Carina last year, said they were angered by the findings.

“Every year, we wade through floodwater up to our chests. And now we learn the money was stolen,” said Lorna Bautista, a fish vendor.''',
entities=[("Senate", "ORG"), ("Bulacan", "PLACE"), ("COA", "ORG"), ("MANILA", "PLACE"), ("Philippines", "PLACE"),
          ("Commission on Audit", "ORG"), ("Malolos", "PLACE"), ("Calumpit", "PLACE"), ("Hagonoy", "PLACE"),
          ("Ramon dela Peña", "PERSON"), ("Department of Public Works and Highways", "ORG"), ("DPWH", "ORG"),
          ("Dela Peña", "PERSON"), ("Eduardo Villanueva Jr.", "PERSON"), ("Villanueva", "PERSON"),
          ("Maria Cristina Fernando-Santos", "PERSON"), ("Lorna Bautista", "PERSON")],
claims=[("flood control projects in Bulacan ‘nonexistent,’", "Commission on Audit", "named",
         "DEBATABLE: headline claim ('COA finds')"),
        ("could not be found during site inspections", "Commission on Audit", "named"),
        ("contractors had been paid in full", "state auditors", "unnamed",
         "DEBATABLE: could be read as COA's auditors -> Commission on Audit"),
        ("a well-organized syndicate", "Ramon dela Peña", "named"),
        ("Ito ay pagnanakaw sa taumbayan", "Ramon dela Peña", "named"),
        ("had filed administrative charges against 23 engineers", "Eduardo Villanueva Jr.", "named"),
        ("I will not defend anyone who stole", "Eduardo Villanueva Jr.", "named"),
        ("kickbacks of up to 25 percent", "a former DPWH district engineer", "unnamed"),
        ("senior officials knew about it", "a former DPWH district engineer", "unnamed"),
        ("in the implementation of national flood control projects", "Maria Cristina Fernando-Santos", "named"),
        ("they were angered by the findings", "residents of Hagonoy", "unnamed"),
        ("we wade through floodwater up to our chests", "Lorna Bautista", "named")])

# ---------------------------------------------------------------- A10 Pakistani press (Dawn style)
article(id="A10", style="Pakistani press, Dawn", text='''IMF concludes review; Qureshi says next tranche ‘on track’

ISLAMABAD: Finance Minister Khurram Ahmed Qureshi said on Friday that Pakistan was “firmly on track” to receive the next $1.1 billion tranche under its Extended Fund Facility, after the International Monetary Fund concluded a two-week review mission.

Addressing a press conference in Islamabad, Mr Qureshi said the government had met “all quantitative performance criteria” for the period ending June, including the primary surplus target.

However, he acknowledged that the Federal Board of Revenue (FBR) had fallen short of its tax collection target by Rs187bn.

In a statement issued at the end of the mission, the IMF said discussions would continue “virtually” on the budget for the next fiscal year and on measures to broaden the tax base.

IMF mission chief Elena Vasquez-Holm said the authorities had made “significant progress” in restoring macroeconomic stability, but warned that “risks remain high”.

Economists, however, were less upbeat. Dr Sadia Rehman Malik, who teaches economics at the Lahore University of Management Sciences, said the relief would be short-lived unless the government taxed the retail and agriculture sectors.

“We have been here 24 times before. Every programme ends the same way — with a balance of payments crisis — because we never fix the structural problems,” she told Dawn.

The State Bank of Pakistan’s latest data shows foreign exchange reserves held by the central bank stood at $11.2bn as of last week.

Meanwhile, the Karachi Chamber of Commerce and Industry (KCCI) termed the proposed withholding tax on cash withdrawals “anti-business”.

“Every time the IMF comes, the burden falls on those already paying taxes,” KCCI president Zubair Ahmed Chhaya said.''',
entities=[("ISLAMABAD", "PLACE"), ("IMF", "ORG"), ("Qureshi", "PERSON"), ("Khurram Ahmed Qureshi", "PERSON"), ("Pakistan", "PLACE"),
          ("International Monetary Fund", "ORG"), ("Islamabad", "PLACE"), ("Federal Board of Revenue", "ORG"),
          ("FBR", "ORG"), ("Elena Vasquez-Holm", "PERSON"), ("Sadia Rehman Malik", "PERSON"),
          ("Lahore University of Management Sciences", "ORG"), ("Dawn", "ORG"), ("State Bank of Pakistan", "ORG"),
          ("Karachi Chamber of Commerce and Industry", "ORG"), ("KCCI", "ORG"), ("Zubair Ahmed Chhaya", "PERSON")],
claims=[("next tranche ‘on track’", "Khurram Ahmed Qureshi", "named", "DEBATABLE: headline claim"),
        ("firmly on track", "Khurram Ahmed Qureshi", "named"),
        ("all quantitative performance criteria", "Khurram Ahmed Qureshi", "named"),
        ("had fallen short of its tax collection target", "Khurram Ahmed Qureshi", "named"),
        ("discussions would continue", "International Monetary Fund", "named"),
        ("significant progress", "Elena Vasquez-Holm", "named"),
        ("risks remain high", "Elena Vasquez-Holm", "named"),
        ("the relief would be short-lived", "Sadia Rehman Malik", "named"),
        ("We have been here 24 times before", "Sadia Rehman Malik", "named"),
        ("stood at $11.2bn as of last week", "State Bank of Pakistan", "named"),
        ("anti-business", "Karachi Chamber of Commerce and Industry", "named", "DEBATABLE: 'termed X Y' as a claim"),
        ("the burden falls on those already paying taxes", "Zubair Ahmed Chhaya", "named")])

# ---------------------------------------------------------------- A11 US local TV web copy
article(id="A11", style="US local TV station web copy", text='''Woman, 2 children hurt in northwest Harris County house fire, officials say

HOUSTON — A woman and two children were taken to the hospital early Saturday after a fire tore through their home in northwest Harris County, according to the Harris County Fire Marshal's Office.

Firefighters were called to the 14300 block of Bammel North Houston Road around 3:15 a.m.

According to investigators, the fire started in the garage and spread quickly to the rest of the two-story home.

Harris County Fire Marshal's Office spokesperson Rachel Moreno said the woman, who is in her 30s, suffered burns to her arms and hands while getting the children out. The kids, ages 4 and 7, were treated for smoke inhalation.

"She did everything right. She got those kids out and she closed the door behind her, which slowed the fire down," Moreno said.

A neighbor, who asked not to be identified, told KHOU 11 he woke up to the sound of popping and saw flames coming from the roof.

"I just ran over there with my garden hose, but it was already too much," he said.

Investigators have not determined the cause, but they said it does not appear to be suspicious.

The American Red Cross said it was assisting the family with emergency lodging.''',
entities=[("HOUSTON", "PLACE"), ("Harris County", "PLACE"), ("Harris County Fire Marshal's Office", "ORG"),
          ("Bammel North Houston Road", "PLACE"), ("Rachel Moreno", "PERSON"), ("Moreno", "PERSON"),
          ("KHOU 11", "ORG"), ("American Red Cross", "ORG")],
claims=[("2 children hurt in northwest Harris County house fire", "officials", "unnamed",
         "DEBATABLE: headline 'officials say'"),
        ("were taken to the hospital early Saturday", "Harris County Fire Marshal's Office", "named"),
        ("the fire started in the garage", "investigators", "unnamed"),
        ("suffered burns to her arms and hands", "Rachel Moreno", "named"),
        ("She did everything right", "Rachel Moreno", "named"),
        ("woke up to the sound of popping", "a neighbor", "unnamed"),
        ("I just ran over there with my garden hose", "a neighbor", "unnamed"),
        ("does not appear to be suspicious", "investigators", "unnamed"),
        ("assisting the family with emergency lodging", "American Red Cross", "named")],
non_claims=["Firefighters were called to the 14300 block"])

# ---------------------------------------------------------------- A12 UK tabloid
article(id="A12", style="UK tabloid, The Sun", text='''TOWIE star's fury as neighbour's 'monster' extension blocks out the sun

REALITY TV star Jodie-Mae Cartwright has declared war on her neighbour after he built a towering two-storey extension that she says has plunged her Essex garden into "permanent darkness".

The 29-year-old, who found fame on The Only Way Is Essex, told The Sun: "I used to sunbathe out there every day. Now I can't even grow tomatoes. It's like living next to a prison wall."

Furious Jodie-Mae says retired builder Terry Hollis, 64, ignored her objections and went ahead with the build while she was filming in Marbella.

But Terry hit back last night, insisting the extension had full planning permission from Brentwood Borough Council.

He fumed: "She's never once knocked on my door to talk about it. Everything's above board. If she doesn't like it, she can move."

A council spokesman confirmed permission had been granted in March.

A source close to Jodie-Mae said she had already instructed lawyers and was "prepared to take this all the way".

"She's absolutely devastated. That garden was her sanctuary," the pal added.

Neighbours in the quiet cul-de-sac are split. One neighbour, who did not want to be named, said: "It's a bit of an eyesore, to be honest, but it's his land."''',
entities=[("Jodie-Mae Cartwright", "PERSON"), ("Essex", "PLACE"), ("The Sun", "ORG"), ("Jodie-Mae", "PERSON"),
          ("Terry Hollis", "PERSON"), ("Marbella", "PLACE"), ("Terry", "PERSON"),
          ("Brentwood Borough Council", "ORG")],
claims=[("permanent darkness", "Jodie-Mae Cartwright", "named"),
        ("I used to sunbathe out there every day", "Jodie-Mae Cartwright", "named"),
        ("ignored her objections", "Jodie-Mae Cartwright", "named"),
        ("the extension had full planning permission", "Terry Hollis", "named"),
        ("She's never once knocked on my door", "Terry Hollis", "named"),
        ("permission had been granted in March", "Brentwood Borough Council", "named",
         "DEBATABLE: 'a council spokesman'; the text names the council once, earlier; alt 'a council spokesman'"),
        ("had already instructed lawyers", "a source close to Jodie-Mae", "unnamed"),
        ("She's absolutely devastated", "a source close to Jodie-Mae", "unnamed",
         "DEBATABLE: 'the pal added' -> the antecedent noun phrase; alt 'the pal'"),
        ("It's a bit of an eyesore", "one neighbour", "unnamed")],
note="'The Only Way Is Essex' is a TV show (not listed); 'Essex' inside it.")

# ---------------------------------------------------------------- A13 business wire: earnings
HALVORSEN = ("Halvorsen Foods Inc", "Halvorsen Foods")
article(id="A13", style="business wire, earnings (Reuters style)", text='''Halvorsen Foods beats quarterly estimates on strong snack demand, raises outlook

Feb 12 (Reuters) - Halvorsen Foods Inc on Wednesday reported fourth-quarter profit above Wall Street expectations and raised its full-year forecast, as price increases and steady demand for its snack brands offset higher cocoa and packaging costs.

Shares of the Minneapolis-based company rose 6.2% in premarket trading.

The company said it now expects 2025 adjusted earnings per share of $3.85 to $3.95, compared with its previous forecast of $3.70 to $3.80. Analysts on average had expected $3.78, according to LSEG data.

Net sales rose 4.1% to $2.84 billion in the quarter ended Dec. 31, beating estimates of $2.79 billion.

"Our brands continued to win with consumers even as they remained careful with their spending," Chief Executive Officer Margaret Lindqvist said in a statement.

Lindqvist said the company had raised prices by about 5% on average during the quarter and that volumes had declined by less than 1%.

On a call with analysts, Chief Financial Officer Rajiv Menon said cocoa costs would remain "a significant headwind" through the first half of the year, but that the company had hedged about 70% of its needs for 2025.

Halvorsen also said it would cut about 400 jobs, or 3% of its workforce, as part of a restructuring program aimed at saving $150 million annually by 2027.

Jefferies analyst Thomas Beaumont said the results showed the company's pricing power remained intact, though he cautioned that volume declines could accelerate if competitors turned to promotions.

(Reporting by Nivedita Rao in Bengaluru; Editing by Tom Hollander)''',
entities=[("Halvorsen Foods", "ORG"), ("Reuters", "ORG"), ("Halvorsen Foods Inc", "ORG"), ("Minneapolis", "PLACE"),
          ("LSEG", "ORG"), ("Margaret Lindqvist", "PERSON"), ("Lindqvist", "PERSON"), ("Rajiv Menon", "PERSON"),
          ("Halvorsen", "ORG"), ("Jefferies", "ORG"), ("Thomas Beaumont", "PERSON"), ("Nivedita Rao", "PERSON"),
          ("Bengaluru", "PLACE"), ("Tom Hollander", "PERSON")],
claims=[("reported fourth-quarter profit above Wall Street expectations", HALVORSEN, "named",
         "DEBATABLE: 'reported' results as a claim"),
        ("it now expects 2025 adjusted earnings per share", HALVORSEN, "named"),
        ("Analysts on average had expected $3.78", "LSEG", "named"),
        ("Our brands continued to win with consumers", "Margaret Lindqvist", "named"),
        ("had raised prices by about 5%", "Margaret Lindqvist", "named"),
        ("volumes had declined by less than 1%", "Margaret Lindqvist", "named"),
        ("a significant headwind", "Rajiv Menon", "named"),
        ("had hedged about 70% of its needs", "Rajiv Menon", "named"),
        ("would cut about 400 jobs", HALVORSEN, "named", "'Halvorsen also said' -> the full name"),
        ("pricing power remained intact", "Thomas Beaumont", "named"),
        ("volume declines could accelerate", "Thomas Beaumont", "named")],
non_claims=["Shares of the Minneapolis-based company rose"])

# ---------------------------------------------------------------- A14 business wire: merger
NORDVIK = ("Nordvik Shipping ASA", "Nordvik Shipping")
article(id="A14", style="business wire, merger", text='''Nordvik Shipping agrees to buy Castellan Logistics for $4.6 billion

LONDON, June 3 — Nordvik Shipping ASA agreed to acquire Castellan Logistics Ltd. in a cash-and-stock deal valuing the British freight forwarder at about $4.6 billion including debt, the Oslo-listed company said in a statement on Monday.

Castellan shareholders will receive 312 pence in cash and 0.18 new Nordvik shares for each share held, a premium of 38% to Castellan's closing price on Friday, according to the statement.

The deal would create Europe's third-largest container logistics group, with combined annual revenue of about $11 billion, behind A.P. Moller-Maersk and DSV.

"Castellan's inland network is exactly what we have been missing," Nordvik Chief Executive Officer Ingrid Solberg said on a call with reporters. "Together we can offer customers a door-to-door service from Shanghai to Stuttgart."

Castellan Chairman Sir Nigel Ashworth said the board had unanimously recommended the offer, which he described as "full and fair".

The transaction is expected to close in the first half of 2026, subject to regulatory approvals.

People familiar with the matter said the European Commission was likely to open an in-depth investigation because of the companies' overlapping routes between northern Europe and the Mediterranean. They asked not to be identified because the discussions with regulators are private.

Activist investor Crestmoor Capital, which owns about 6% of Castellan, said in a letter to the board that the offer "materially undervalues" the company.

Goldman Sachs is advising Nordvik, while Rothschild & Co is advising Castellan.''',
entities=[("Nordvik Shipping", "ORG"), ("Castellan Logistics", "ORG"), ("LONDON", "PLACE"),
          ("Nordvik Shipping ASA", "ORG"), ("Castellan Logistics Ltd.", "ORG"), ("Castellan", "ORG"),
          ("Nordvik", "ORG"), ("Europe", "PLACE"), ("A.P. Moller-Maersk", "ORG"), ("DSV", "ORG"),
          ("Ingrid Solberg", "PERSON"), ("Shanghai", "PLACE"), ("Stuttgart", "PLACE"), ("Nigel Ashworth", "PERSON"),
          ("European Commission", "ORG"), ("Mediterranean", "PLACE"), ("Crestmoor Capital", "ORG"),
          ("Goldman Sachs", "ORG"), ("Rothschild & Co", "ORG")],
claims=[("in a cash-and-stock deal valuing the British freight forwarder", NORDVIK, "named",
         "'the Oslo-listed company' resolved by the text to Nordvik"),
        ("312 pence in cash", NORDVIK, "named", "DEBATABLE: 'according to the statement' -> its author"),
        ("exactly what we have been missing", "Ingrid Solberg", "named"),
        ("Together we can offer customers", "Ingrid Solberg", "named"),
        ("unanimously recommended the offer", "Nigel Ashworth", "named"),
        ("full and fair", "Nigel Ashworth", "named"),
        ("was likely to open an in-depth investigation", "people familiar with the matter", "unnamed"),
        ("materially undervalues", "Crestmoor Capital", "named")],
non_claims=["The transaction is expected to close", "They asked not to be identified"])

# ---------------------------------------------------------------- A15 sports match report
article(id="A15", style="sports match report, English football", text='''Harris header seals derby win for Sunderland

Sunderland 2 Middlesbrough 1

Substitute Callum Harris headed an 88th-minute winner as Sunderland came from behind to beat Middlesbrough in a pulsating Tees-Wear derby at the Stadium of Light.

Middlesbrough took the lead against the run of play when Marcus Okonkwo curled a free-kick into the top corner after 23 minutes.

Sunderland levelled before half-time through Tomás Reyes, who tapped in from close range after goalkeeper Adam Kristiansen parried a low shot.

Sunderland head coach Olivier Marchetti said his side had "deserved more than one goal" after dominating possession.

"The character was fantastic. We went behind to a wonderful free-kick, but the players never stopped believing," Marchetti told BBC Radio Newcastle. "Callum has been waiting for his chance, and that's what he gives you — he attacks the ball."

Asked whether Sunderland could now challenge for automatic promotion, he said: "It's too early to talk about that. We take it one game at a time."

Middlesbrough manager Gareth Pennock was left frustrated by the referee's decision not to award a penalty when Okonkwo went down under a challenge from Joe Whitworth.

"For me it's a clear penalty. Everyone in the ground saw it apart from the one person who matters," Pennock said. "But I'm not going to hide behind that. We didn't defend the cross for the winner, and that's on us."

Harris, 19, said scoring the winner in front of the home fans was "a dream come true". "I've been coming here since I was five years old with my dad. I can't even describe it," he added.

The win lifts Sunderland to fourth in the Championship table, two points behind Leeds United.''',
entities=[("Harris", "PERSON"), ("Sunderland", "ORG|PLACE"), ("Middlesbrough", "ORG|PLACE"),
          ("Callum Harris", "PERSON"), ("Stadium of Light", "ORG|PLACE"), ("Marcus Okonkwo", "PERSON"),
          ("Tomás Reyes", "PERSON"), ("Adam Kristiansen", "PERSON"), ("Olivier Marchetti", "PERSON"),
          ("Marchetti", "PERSON"), ("BBC Radio Newcastle", "ORG"), ("Callum", "PERSON"), ("Gareth Pennock", "PERSON"),
          ("Okonkwo", "PERSON"), ("Joe Whitworth", "PERSON"), ("Pennock", "PERSON"), ("Leeds United", "ORG")],
claims=[("deserved more than one goal", "Olivier Marchetti", "named"),
        ("The character was fantastic", "Olivier Marchetti", "named"),
        ("Callum has been waiting for his chance", "Olivier Marchetti", "named"),
        ("It's too early to talk about that", "Olivier Marchetti", "named", "answer after 'Asked whether ...'"),
        ("For me it's a clear penalty", "Gareth Pennock", "named"),
        ("But I'm not going to hide behind that", "Gareth Pennock", "named"),
        ("a dream come true", "Callum Harris", "named"),
        ("I've been coming here since I was five", "Callum Harris", "named")],
non_claims=["was left frustrated by the referee"],
note="Club names typed ORG or PLACE accepted.")

# ---------------------------------------------------------------- A16 court report (UK regional)
article(id="A16", style="court report, UK regional", text='''Care worker who stole £38,000 from dementia patients jailed

A care worker who stole more than £38,000 from elderly residents with dementia to fund her online gambling has been jailed for three years.

Donna Whitfield, 44, of Sheffield Road, Barnsley, admitted 14 counts of theft and one of fraud by abuse of position at an earlier hearing.

Sheffield Crown Court heard that Whitfield used bank cards belonging to four residents of Oakwood Grange care home in Wombwell to withdraw cash over an 18-month period.

Prosecutor Helen Marsden said the thefts only came to light when the daughter of one victim noticed unusual withdrawals on her mother's bank statement.

"These were among the most vulnerable people in our community, entirely dependent on the defendant for their daily care," Miss Marsden told the court.

In a victim personal statement read to the court, the daughter, Janet Croft, said the family had been left "sickened" by the betrayal.

"Mum trusted her completely. She used to tell us Donna was like another daughter to her," she said.

Defending, Richard Abbott said Whitfield had developed a serious gambling addiction after the death of her husband in 2021 and was "deeply ashamed".

He said she had since sought treatment and had begun repaying the money.

Sentencing, Judge Sarah Pemberton-Hale told Whitfield: "You abused a position of trust in the most callous way imaginable. Only an immediate custodial sentence can be justified."

South Yorkshire Police said after the hearing that it hoped the sentence would "send a clear message".''',
entities=[("Donna Whitfield", "PERSON"), ("Sheffield Road", "PLACE"), ("Barnsley", "PLACE"),
          ("Sheffield Crown Court", "ORG"), ("Whitfield", "PERSON"), ("Oakwood Grange", "ORG|PLACE"),
          ("Wombwell", "PLACE"), ("Helen Marsden", "PERSON"), ("Marsden", "PERSON"), ("Janet Croft", "PERSON"),
          ("Donna", "PERSON"), ("Richard Abbott", "PERSON"), ("Sarah Pemberton-Hale", "PERSON"),
          ("South Yorkshire Police", "ORG")],
claims=[("the thefts only came to light", "Helen Marsden", "named"),
        ("among the most vulnerable people in our community", "Helen Marsden", "named"),
        ("the family had been left", "Janet Croft", "named"),
        ("Mum trusted her completely", "Janet Croft", "named", "speech quoted inside ('She used to tell us') -> the quoter"),
        ("serious gambling addiction", "Richard Abbott", "named"),
        ("had since sought treatment", "Richard Abbott", "named"),
        ("You abused a position of trust", "Sarah Pemberton-Hale", "named",
         "DEBATABLE: sentencing remarks (not the verdict itself)"),
        ("send a clear message", "South Yorkshire Police", "named")],
non_claims=["has been jailed for three years", "admitted 14 counts of theft",
            "used bank cards belonging to four residents"],
note="DEBATABLE non-claim: 'Sheffield Crown Court heard that ...' has no speaker (agentless).")

# ---------------------------------------------------------------- A17 science/health news
article(id="A17", style="science/health news", text='''Daily walk of 7,000 steps linked to lower dementia risk, study finds

People who walk about 7,000 steps a day have a significantly lower risk of developing dementia than those who walk fewer than 3,000, according to a large study by researchers at the University of Southern Denmark published on Wednesday in JAMA Neurology.

The research, which followed more than 78,000 adults in the UK Biobank for an average of seven years, found that each additional 1,000 daily steps was associated with a 6% reduction in dementia risk, up to about 10,000 steps.

Lead author Dr Mette Kjærgaard said the findings were encouraging because the benefits appeared well below the often-cited 10,000-step target.

"You don't need to run a marathon. Even a modest increase in walking, if it is sustained, appears to matter," she said.

The researchers also found that a faster walking pace — above about 100 steps per minute — was linked to additional benefits, independent of total step count.

However, the study was observational and cannot prove that walking causes the reduction in risk, the authors noted.

Prof Alastair Penrose, a neuroscientist at the University of Edinburgh who was not involved in the research, said the study was well conducted but warned against over-interpreting it.

"People who walk more tend to be healthier in lots of other ways, and some of them may already have fewer of the early brain changes that precede dementia," he said. "So we should be cautious about the size of the effect."

Alzheimer's Research UK said the study added to "a growing body of evidence" that physical activity is good for brain health.

According to the World Health Organization, about 57 million people worldwide were living with dementia in 2021.''',
entities=[("University of Southern Denmark", "ORG"), ("JAMA Neurology", "ORG"), ("UK Biobank", "ORG"),
          ("Mette Kjærgaard", "PERSON"), ("Alastair Penrose", "PERSON"), ("University of Edinburgh", "ORG"),
          ("Alzheimer's Research UK", "ORG"), ("World Health Organization", "ORG")],
claims=[("7,000 steps linked to lower dementia risk", ("University of Southern Denmark", "study"), "named",
         "DEBATABLE: headline 'study finds'"),
        ("have a significantly lower risk of developing dementia", ("University of Southern Denmark", "a large study"),
         "named", "DEBATABLE: 'a large study by researchers at X' -> X (author named) vs 'a large study' unnamed"),
        ("each additional 1,000 daily steps", ("University of Southern Denmark", "the research"), "named",
         "DEBATABLE: 'The research ... found' refers back to the same study"),
        ("well below the often-cited 10,000-step target", "Mette Kjærgaard", "named"),
        ("You don't need to run a marathon", "Mette Kjærgaard", "named"),
        ("a faster walking pace", ("the researchers", "University of Southern Denmark"), "unnamed",
         "DEBATABLE: 'The researchers' = the Danish researchers"),
        ("cannot prove that walking causes the reduction", ("the authors", "University of Southern Denmark"),
         "unnamed", "DEBATABLE: 'the authors noted'"),
        ("the study was well conducted", "Alastair Penrose", "named"),
        ("People who walk more tend to be healthier", "Alastair Penrose", "named"),
        ("So we should be cautious about the size", "Alastair Penrose", "named"),
        ("a growing body of evidence", "Alzheimer's Research UK", "named"),
        ("about 57 million people worldwide", "World Health Organization", "named")],
note="Kind for the study/researchers claims is taken from the first alternative.")

# ---------------------------------------------------------------- A18 election night live blog
article(id="A18", style="election night live blog", text='''Live updates: Pennsylvania primary election results

10:52 p.m. ET — The Associated Press has called the Democratic primary for Senate for state Treasurer Maria Delgado, who leads former Pittsburgh mayor Kevin O'Rourke by 14 points with about 70% of the expected vote counted.

10:41 p.m. ET — O'Rourke has not conceded. Speaking to supporters in Pittsburgh, he said "there are a lot of votes still out in Allegheny County" and that his campaign would "wait for every last one to be counted."

10:15 p.m. ET — Turnout appears to be running well ahead of 2022 in the Philadelphia suburbs. A spokesperson for the Montgomery County Board of Elections told us more than 41% of registered Democrats in the county had voted by 8 p.m.

9:58 p.m. ET — Delgado's campaign says she has "a clear path" to victory. "The numbers in Philadelphia and the collar counties are exactly where we wanted them," campaign manager Tyrone Baxter wrote in a text message to reporters.

9:30 p.m. ET — On the Republican side, businessman Doug Keller is projected to win comfortably. He told supporters in Harrisburg that Pennsylvania was "ready for an outsider."

9:12 p.m. ET — A reminder on how the count works: election officials here cannot begin processing mail ballots until 7 a.m. on Election Day, which is why results in some counties come in slowly.

8:47 p.m. ET — Exit polls conducted by Edison Research show that the economy was the top issue for 38% of Democratic primary voters, followed by abortion at 24%.

8:20 p.m. ET — Voters we spoke to outside a polling place in Erie were split. "I like Kevin, he did good things for Pittsburgh, but I think Maria can actually win in November," said Deb Kowalski, 61, a retired schoolteacher.

8:00 p.m. ET — Polls have now closed across Pennsylvania.''',
entities=[("Pennsylvania", "PLACE"), ("Associated Press", "ORG"), ("Maria Delgado", "PERSON"), ("Pittsburgh", "PLACE"),
          ("Kevin O'Rourke", "PERSON"), ("O'Rourke", "PERSON"), ("Allegheny County", "PLACE"),
          ("Philadelphia", "PLACE"), ("Montgomery County Board of Elections", "ORG"), ("Delgado", "PERSON"),
          ("Tyrone Baxter", "PERSON"), ("Doug Keller", "PERSON"), ("Harrisburg", "PLACE"), ("Edison Research", "ORG"),
          ("Erie", "PLACE"), ("Kevin", "PERSON"), ("Maria", "PERSON"), ("Deb Kowalski", "PERSON")],
claims=[("a lot of votes still out in Allegheny County", "Kevin O'Rourke", "named"),
        ("wait for every last one to be counted", "Kevin O'Rourke", "named"),
        ("more than 41% of registered Democrats", "Montgomery County Board of Elections", "named"),
        ("a clear path", ("Maria Delgado's campaign", "Delgado's campaign"), "named",
         "a candidate's campaign is a specific organisation"),
        ("The numbers in Philadelphia and the collar counties", "Tyrone Baxter", "named"),
        ("ready for an outsider", "Doug Keller", "named"),
        ("the economy was the top issue", "Edison Research", "named"),
        ("I like Kevin, he did good things for Pittsburgh", "Deb Kowalski", "named")],
non_claims=["is projected to win comfortably", "Polls have now closed"],
note="DEBATABLE: 'The Associated Press has called the primary' is a race call (a verdict), not listed either way.")

# ---------------------------------------------------------------- A19 obituary
EMRYS = ("Emrys Gwyn Pritchard", "Emrys Pritchard")
article(id="A19", style="obituary (Guardian style)", text='''Emrys Pritchard obituary

Emrys Pritchard, who has died aged 87, was a tough, unflashy lock forward who won 31 caps for Wales between 1959 and 1968 and later became one of the most respected coaches in the Welsh club game.

Born in Ystradgynlais, in the upper Swansea valley, the son of a coalminer, Dai Pritchard, and a seamstress, Megan (nee Howells), he left school at 15 to work underground at the Abercrave colliery.

He was spotted playing for Ystradgynlais by Cyril Rowlands, then a selector for Neath, who later recalled that the teenager "tackled like a man twice his age and never once complained about the mud".

He made his debut for Wales against Ireland at Cardiff Arms Park in 1959. In a 2009 interview with BBC Wales, he said the occasion had passed in "a complete blur". "I remember the anthem, and then I remember the final whistle. Everything in between, I've had to take other people's word for," he said.

After retiring as a player he coached Neath and then Llanelli, guiding the latter to the Welsh Cup in 1976. The former Wales captain Huw Ellis-Jenkins, who played under him at Llanelli, said Pritchard had been "hard as nails but fair to his bootlaces".

"He'd give you a rollicking on a Tuesday night and then drive you home because your car had broken down. That was Emrys," Ellis-Jenkins said.

The Welsh Rugby Union said in a tribute that Pritchard had been "a giant of the game, on and off the field".

His daughter, Rhian, said he had remained "fiercely proud" of his mining roots until the end.

He is survived by his wife, Eirlys, whom he married in 1961, their children, Rhian and Gethin, and five grandchildren.

Emrys Gwyn Pritchard, rugby player and coach, born 14 March 1938; died 2 June 2025''',
entities=[("Emrys Pritchard", "PERSON"), ("Wales", "ORG|PLACE"), ("Ystradgynlais", "ORG|PLACE"), ("Swansea", "PLACE"),
          ("Dai Pritchard", "PERSON"), ("Megan", "PERSON"), ("Abercrave", "PLACE"), ("Cyril Rowlands", "PERSON"),
          ("Neath", "ORG|PLACE"), ("Ireland", "ORG|PLACE"), ("Cardiff Arms Park", "ORG|PLACE"), ("BBC Wales", "ORG"),
          ("Llanelli", "ORG|PLACE"), ("Huw Ellis-Jenkins", "PERSON"), ("Pritchard", "PERSON"),
          ("Emrys", "PERSON"), ("Ellis-Jenkins", "PERSON"), ("Welsh Rugby Union", "ORG"), ("Rhian", "PERSON"),
          ("Eirlys", "PERSON"), ("Gethin", "PERSON"), ("Emrys Gwyn Pritchard", "PERSON")],
claims=[("tackled like a man twice his age", "Cyril Rowlands", "named"),
        ("a complete blur", EMRYS, "named",
         "DEBATABLE: fullest name is in the closing line ('Emrys Gwyn Pritchard'); both accepted"),
        ("I remember the anthem", EMRYS, "named"),
        ("hard as nails but fair to his bootlaces", "Huw Ellis-Jenkins", "named"),
        ("He'd give you a rollicking on a Tuesday night", "Huw Ellis-Jenkins", "named"),
        ("a giant of the game", "Welsh Rugby Union", "named"),
        ("fiercely proud", ("Rhian", "Rhian Pritchard"), "named",
         "DEBATABLE: the text gives only 'Rhian' (daughter of Pritchard)")])

# ---------------------------------------------------------------- A20 feature/profile with long quotes
article(id="A20", style="feature/profile (NYT style), long quotes", text='''On a Maine island, a lobsterman counts the cost of warming waters

STONINGTON, Maine — At 4:30 on a July morning, the harbor is still dark, and Walter Haskell is already on his boat.

Haskell, 71, has fished these waters for 56 years, like his father and grandfather before him. He has watched the lobster catch here soar and then, in the last few years, begin to slip.

"When I started, you'd be happy with 200 pounds a day," he said, hauling the first trap of the morning onto the rail. "Then in the 2000s it was like the ocean just opened up. Guys were landing 800, 900 pounds. Everybody bought new trucks. Nobody thought it would end.

"But the water's warmer now. You can feel it when you put your hand in. The lobsters are moving north and east, out to deeper water, up toward Canada.

"My grandson wants to fish. I don't know what to tell him."

Scientists at the Gulf of Maine Research Institute in Portland say the gulf has warmed faster than 99 percent of the world's oceans over the past two decades.

Landings in Maine fell to about 94 million pounds in 2023, down from a peak of 132 million pounds in 2016, according to the state's Department of Marine Resources.

Dr. Kathleen Moody, a marine ecologist at the institute, said the shift was not a collapse but a redistribution.

"The lobsters aren't disappearing; they're relocating," she said. "For a place like Stonington, which built its whole economy around one species, that's a distinction that doesn't help much."

Haskell's wife, Judy, keeps the books. She said their income had dropped by roughly a third since 2019, while the cost of bait and fuel had nearly doubled.

"We're not poor. I want to be clear about that," she said. "But we're not building anything anymore. We're just holding on."

Back on the boat, Haskell pulls up a trap with three keepers in it and grins. "Not dead yet," he said.''',
entities=[("STONINGTON", "PLACE"), ("Stonington", "PLACE"), ("Maine", "PLACE"), ("Walter Haskell", "PERSON"), ("Haskell", "PERSON"),
          ("Canada", "PLACE"), ("Gulf of Maine Research Institute", "ORG"), ("Portland", "PLACE"),
          ("Department of Marine Resources", "ORG"), ("Kathleen Moody", "PERSON"), ("Judy", "PERSON")],
claims=[("you'd be happy with 200 pounds a day", "Walter Haskell", "named"),
        ("it was like the ocean just opened up", "Walter Haskell", "named"),
        ("But the water's warmer now", "Walter Haskell", "named", "continued quote paragraph, no attribution"),
        ("My grandson wants to fish", "Walter Haskell", "named", "continued quote paragraph, no attribution"),
        ("has warmed faster than 99 percent", ("Gulf of Maine Research Institute", "scientists at the Gulf of Maine Research Institute"),
         "named", "DEBATABLE: 'scientists at X' -> X (like 'a spokesperson for X')"),
        ("fell to about 94 million pounds", "Department of Marine Resources", "named"),
        ("not a collapse but a redistribution", "Kathleen Moody", "named"),
        ("The lobsters aren't disappearing", "Kathleen Moody", "named"),
        ("For a place like Stonington", "Kathleen Moody", "named"),
        ("their income had dropped by roughly a third", ("Judy", "Judy Haskell"), "named",
         "DEBATABLE: 'Haskell's wife, Judy' - the text never writes 'Judy Haskell'"),
        ("We're not poor", ("Judy", "Judy Haskell"), "named"),
        ("But we're not building anything anymore", ("Judy", "Judy Haskell"), "named"),
        ("Not dead yet", "Walter Haskell", "named")])

# ---------------------------------------------------------------- A21 press release
article(id="A21", style="press release (US hospital)", text='''FOR IMMEDIATE RELEASE

Riverside Regional Medical Center Opens $62 Million Cancer Institute

New facility will bring radiation therapy and clinical trials to patients in the Inland Empire

RIVERSIDE, Calif. (March 4, 2025) — Riverside Regional Medical Center today announced the opening of the Marjorie and Alan Feld Cancer Institute, a 48,000-square-foot facility that will offer radiation oncology, infusion services and access to clinical trials under one roof.

"For too long, patients in our region have had to drive to Los Angeles or Orange County for advanced cancer care," said Dr. Linda Okafor-Reyes, president and CEO of Riverside Regional Medical Center. "Today, that changes."

The institute was funded in part by a $20 million gift from the Feld Family Foundation, the largest philanthropic donation in the hospital's 120-year history.

"Alan and I both lost parents to cancer," said Marjorie Feld. "We wanted to make sure no family in Riverside has to go through what we went through alone."

The institute's medical director, Dr. Sanjay Bhattacharya, said it expects to enroll its first patients in clinical trials for lung and breast cancer by the summer.

According to the California Department of Public Health, cancer is the second leading cause of death in Riverside County.

About Riverside Regional Medical Center
Riverside Regional Medical Center is a 450-bed nonprofit teaching hospital serving more than 1.2 million residents of Riverside and San Bernardino counties. For more information, visit www.rrmc.org.

Media Contact:
Jessica Tran
Director of Communications
(951) 555-0142
jtran@rrmc.org''',
entities=[("RIVERSIDE", "PLACE"), ("Riverside Regional Medical Center", "ORG"), ("Inland Empire", "PLACE"), ("Riverside", "PLACE"),
          ("Calif.", "PLACE"), ("Marjorie and Alan Feld Cancer Institute", "ORG"), ("Los Angeles", "PLACE"),
          ("Orange County", "PLACE"), ("Linda Okafor-Reyes", "PERSON"), ("Feld Family Foundation", "ORG"),
          ("Alan", "PERSON"), ("Marjorie Feld", "PERSON"), ("Sanjay Bhattacharya", "PERSON"),
          ("California Department of Public Health", "ORG"), ("Riverside County", "PLACE"),
          ("San Bernardino", "PLACE"), ("Jessica Tran", "PERSON")],
claims=[("announced the opening of the Marjorie", "Riverside Regional Medical Center", "named",
         "DEBATABLE: 'announced the opening' announces an act, not a statement"),
        ("patients in our region have had to drive", "Linda Okafor-Reyes", "named"),
        ("Today, that changes", "Linda Okafor-Reyes", "named"),
        ("Alan and I both lost parents to cancer", "Marjorie Feld", "named"),
        ("We wanted to make sure no family in Riverside", "Marjorie Feld", "named"),
        ("expects to enroll its first patients", "Sanjay Bhattacharya", "named"),
        ("cancer is the second leading cause of death", "California Department of Public Health", "named")],
non_claims=["Riverside Regional Medical Center is a 450-bed", "Jessica Tran"],
note="'Marjorie and Alan Feld Cancer Institute' contains the person names; the whole is the ORG.")

# ---------------------------------------------------------------- A22 investigative piece
LDPSC = ("Louisiana Department of Public Safety and Corrections", "a department spokesperson")
article(id="A22", style="investigative piece (documents, unnamed sources)", text='''Inside the contract: How a months-old firm won $48 million to run prison health care

When the Louisiana Department of Public Safety and Corrections awarded a five-year, $48 million contract to provide medical care in three state prisons in 2022, the winning bidder had existed for less than eight months.

Bayou Correctional Health LLC had no website, no prior contracts and, according to state business filings, a single registered officer: Darnell Guidry, a Baton Rouge real estate investor with no background in health care.

Internal emails obtained by The Advocate show that a senior corrections official pushed to shorten the bidding window from 45 days to 14, over the objections of the department's own procurement staff.

"This timeline does not allow for a competitive process," one procurement analyst wrote in an email dated March 3, 2022.

Two people with direct knowledge of the procurement, who spoke on condition of anonymity because they feared retaliation, said the official, Deputy Secretary Raymond Theriot, had met with Guidry at least twice before the request for proposals was published.

Theriot did not respond to repeated requests for comment.

In a written statement, a department spokesperson said the contract "was awarded in full compliance with state procurement law" and that Bayou's bid was the lowest of three received.

Guidry, reached by phone, said he had "done nothing wrong." "I saw an opportunity, and I put together a team that could deliver. That's business," he said.

But inspection reports from the Louisiana State Penitentiary at Angola, reviewed by The Advocate, found that in the first year of the contract, 31% of sick-call requests were not seen within the required 72 hours.

A former nurse at the prison, who asked not to be named because she still works in the state's health system, said staffing was so thin that she was sometimes the only medical worker for 1,800 inmates overnight.

State Sen. Cheryl Boudreaux, a Democrat from Lafayette, said she would ask the legislative auditor to review the contract.''',
entities=[("Louisiana Department of Public Safety and Corrections", "ORG"), ("Bayou Correctional Health LLC", "ORG"),
          ("Darnell Guidry", "PERSON"), ("Baton Rouge", "PLACE"), ("The Advocate", "ORG"),
          ("Raymond Theriot", "PERSON"), ("Guidry", "PERSON"), ("Theriot", "PERSON"), ("Bayou", "ORG"),
          ("Louisiana State Penitentiary", "ORG|PLACE"), ("Angola", "PLACE"), ("Cheryl Boudreaux", "PERSON"),
          ("Lafayette", "PLACE")],
claims=[("a single registered officer", "state business filings", "unnamed"),
        ("pushed to shorten the bidding window", "internal emails", "unnamed"),
        ("This timeline does not allow for a competitive process", "one procurement analyst", "unnamed"),
        ("had met with Guidry at least twice", "two people with direct knowledge of the procurement", "unnamed"),
        ("in full compliance with state procurement law", LDPSC, "named",
         "DEBATABLE: 'a department spokesperson' -> the department named in the lede"),
        ("the lowest of three received", LDPSC, "named"),
        ("done nothing wrong", "Darnell Guidry", "named"),
        ("I saw an opportunity", "Darnell Guidry", "named"),
        ("31% of sick-call requests", ("inspection reports from the Louisiana State Penitentiary at Angola", "inspection reports"),
         "unnamed", "DEBATABLE: keep the 'from ...' modifier?"),
        ("staffing was so thin", "a former nurse at the prison", "unnamed"),
        ("ask the legislative auditor to review the contract", "Cheryl Boudreaux", "named")],
non_claims=["Theriot did not respond to repeated requests"])

# ---------------------------------------------------------------- A23 policy explainer
article(id="A23", style="policy explainer (Q&A subheads)", text='''Explainer: How will Australia's under-16 social media ban actually work?

From December 10, children under 16 in Australia will no longer be allowed to hold accounts on major social media platforms. Here's what we know.

Which platforms are covered?

The government has said the ban will apply to Facebook, Instagram, TikTok, Snapchat, X, Reddit and YouTube, among others. Messaging apps such as WhatsApp, and most gaming platforms, are exempt.

How will they check ages?

That is the big unanswered question. Communications Minister Rachel Mahoney has said platforms will not be required to collect government ID from every user.

A government-commissioned trial of age-assurance technology, run by the UK-based Age Check Certification Scheme, found that the tools were "private, robust and effective" but that none worked perfectly in every case.

What do critics say?

Digital rights groups argue the ban could push teenagers towards less regulated corners of the internet.

"Kids are very good at getting around these things. What worries me is that they'll do it in places where there's no moderation at all," said Dr Priya Raghunathan, a researcher in youth digital wellbeing at Monash University.

Some parents' groups have welcomed the change. Megan Fitzgerald, co-founder of the campaign group Kids Off Screens Australia, said parents had been "left to fight this battle alone" for too long.

Will it actually happen on December 10?

The eSafety Commissioner's office says enforcement will be "proportionate" in the early months, with a focus on the largest platforms first.''',
entities=[("Australia", "PLACE"), ("Facebook", "ORG"), ("Instagram", "ORG"), ("TikTok", "ORG"), ("Snapchat", "ORG"),
          ("X", "ORG"), ("Reddit", "ORG"), ("YouTube", "ORG"), ("WhatsApp", "ORG"), ("Rachel Mahoney", "PERSON"),
          ("Age Check Certification Scheme", "ORG"), ("Priya Raghunathan", "PERSON"), ("Monash University", "ORG"),
          ("Megan Fitzgerald", "PERSON"), ("Kids Off Screens Australia", "ORG"), ("eSafety Commissioner", "ORG")],
claims=[("the ban will apply to Facebook", "the government", "unnamed"),
        ("will not be required to collect government ID", "Rachel Mahoney", "named"),
        ("private, robust and effective", ("Age Check Certification Scheme", "a government-commissioned trial"), "named",
         "DEBATABLE: a trial run by a named body -> that body; alt 'a government-commissioned trial' (of ... dropped?)"),
        ("none worked perfectly in every case", ("Age Check Certification Scheme", "a government-commissioned trial"),
         "named"),
        ("push teenagers towards less regulated corners", "digital rights groups", "unnamed"),
        ("Kids are very good at getting around these things", "Priya Raghunathan", "named"),
        ("left to fight this battle alone", "Megan Fitzgerald", "named"),
        ("enforcement will be", ("eSafety Commissioner", "eSafety Commissioner's office"), "named",
         "DEBATABLE: the office of a named statutory officer")],
non_claims=["How will they check ages?", "What do critics say?", "Will it actually happen on December 10?",
            "Which platforms are covered?", "Some parents' groups have welcomed the change"])

# ---------------------------------------------------------------- A24 Indian press (Times of India style)
article(id="A24", style="Indian press, Times of India", text='''Mumbai: Cyber fraudsters pose as CBI officers, dupe retired banker of Rs 1.2 crore

MUMBAI: A 72-year-old retired bank manager from Dadar was allegedly duped of Rs 1.2 crore by cyber fraudsters who posed as CBI officers and placed him under "digital arrest" for nine days, police said on Saturday.

According to the FIR registered at the Central Region cyber police station, the complainant, Vasant Gopinath Kulkarni, received a call on December 2 from a man who claimed to be from the Telecom Regulatory Authority of India (TRAI).

The caller told Kulkarni that a SIM card registered in his name had been used for money laundering, and transferred the call to another man who introduced himself as "Inspector Rajesh Mishra" of the CBI.

"They kept me on a video call from morning till night. They said if I disconnected, my wife would also be arrested," Kulkarni told TOI.

Over the next nine days, Kulkarni transferred Rs 1.2 crore from his fixed deposits to five bank accounts in instalments.

A senior police officer said the accounts had been traced to Jharkhand and West Bengal and that Rs 18 lakh had been frozen so far.

DCP (Cyber) Sneha Deshmukh said, "No government agency, whether it is CBI, ED or police, conducts interrogation over video calls. There is nothing called 'digital arrest' in law."

She urged citizens to report such calls immediately on the national cybercrime helpline 1930.

Data from the Indian Cyber Crime Coordination Centre (I4C) shows that Indians lost over Rs 1,935 crore to "digital arrest" scams in the first ten months of the year.''',
entities=[("MUMBAI", "PLACE"), ("Mumbai", "PLACE"), ("CBI", "ORG"), ("Dadar", "PLACE"), ("Vasant Gopinath Kulkarni", "PERSON"),
          ("Telecom Regulatory Authority of India", "ORG"), ("TRAI", "ORG"), ("Kulkarni", "PERSON"),
          ("Rajesh Mishra", "PERSON"), ("TOI", "ORG"), ("Jharkhand", "PLACE"), ("West Bengal", "PLACE"),
          ("Sneha Deshmukh", "PERSON"), ("ED", "ORG"), ("Indian Cyber Crime Coordination Centre", "ORG"),
          ("I4C", "ORG")],
claims=[("was allegedly duped of Rs 1.2 crore", "police", "unnamed"),
        ("received a call on December 2", "the FIR", "unnamed",
         "DEBATABLE: the FIR is a document without a named author; participle 'registered at ...' dropped"),
        ("a SIM card registered in his name", "the caller", "unnamed",
         "DEBATABLE: narrated words of a fraudster"),
        ("They kept me on a video call", "Vasant Gopinath Kulkarni", "named"),
        ("traced to Jharkhand and West Bengal", "a senior police officer", "unnamed"),
        ("Rs 18 lakh had been frozen", "a senior police officer", "unnamed"),
        ("No government agency, whether it is CBI", "Sneha Deshmukh", "named"),
        ("Indians lost over Rs 1,935 crore", "Indian Cyber Crime Coordination Centre", "named")],
non_claims=["She urged citizens to report such calls", "Kulkarni transferred Rs 1.2 crore from his fixed deposits"])

# ---------------------------------------------------------------- A25 Nigerian press (Premium Times style)
article(id="A25", style="Nigerian press, Premium Times (party politics)", text='''Oyo APC rejects LG poll results, heads to tribunal

The All Progressives Congress (APC) in Oyo State has rejected the results of Saturday’s local government elections, describing the exercise as “a coronation” rather than a contest.

In a statement on Sunday in Ibadan, the party’s Publicity Secretary, Adebayo Ogunleye, said the Oyo State Independent Electoral Commission (OYSIEC) declared the ruling Peoples Democratic Party (PDP) winner in all 33 local government areas “even where no voting took place”.

“Our agents were chased away from polling units in Ogbomoso North, Iseyin and Ibarapa East. In some wards, result sheets were already filled before voting began,” the statement said.

Ogunleye said the party had instructed its lawyers to challenge the outcome at the state election petitions tribunal.

Reacting, the Chairman of OYSIEC, Prof. Folasade Adeyemi-Olaniyan, described the allegations as “baseless and laughable”.

She said the commission deployed over 12,000 ad hoc staff and that accredited observers from civil society had “commended the peaceful conduct of the poll”.

The Special Adviser to the Governor on Media, Kehinde Akande, said in a separate statement that the APC was “suffering from the pain of rejection” after losing the 2023 governorship election.

Yiaga Africa, an election observer group, said in its preliminary report that voter turnout across the state was “abysmally low”, estimating it at below 15 per cent.''',
entities=[("Oyo", "PLACE"), ("APC", "ORG"), ("All Progressives Congress", "ORG"), ("Oyo State", "PLACE"),
          ("Ibadan", "PLACE"), ("Adebayo Ogunleye", "PERSON"), ("Oyo State Independent Electoral Commission", "ORG"),
          ("OYSIEC", "ORG"), ("Peoples Democratic Party", "ORG"), ("PDP", "ORG"), ("Ogbomoso North", "PLACE"),
          ("Iseyin", "PLACE"), ("Ibarapa East", "PLACE"), ("Ogunleye", "PERSON"),
          ("Folasade Adeyemi-Olaniyan", "PERSON"), ("Kehinde Akande", "PERSON"), ("Yiaga Africa", "ORG")],
claims=[("a coronation", "All Progressives Congress", "named"),
        ("even where no voting took place", "Adebayo Ogunleye", "named"),
        ("Our agents were chased away", "Adebayo Ogunleye", "named",
         "DEBATABLE: 'the statement said' -> its named signatory; alt All Progressives Congress"),
        ("instructed its lawyers to challenge the outcome", "Adebayo Ogunleye", "named"),
        ("baseless and laughable", "Folasade Adeyemi-Olaniyan", "named"),
        ("deployed over 12,000 ad hoc staff", "Folasade Adeyemi-Olaniyan", "named"),
        ("commended the peaceful conduct of the poll", "Folasade Adeyemi-Olaniyan", "named",
         "observers' words inside her statement -> her"),
        ("suffering from the pain of rejection", "Kehinde Akande", "named"),
        ("abysmally low", "Yiaga Africa", "named"),
        ("below 15 per cent", "Yiaga Africa", "named")])

# ---------------------------------------------------------------- A26 Pakistani court report (Dawn style)
article(id="A26", style="Pakistani court report, Dawn", text='''IHC seeks interior ministry report on missing journalist

ISLAMABAD: The Islamabad High Court (IHC) on Tuesday directed the interior ministry to submit a report within a week on the whereabouts of journalist Tariq Mehmood Abbasi, who has been missing since March 12.

Justice Samina Kayani, hearing a petition filed by the journalist’s wife, Rukhsana Abbasi, observed that “the state cannot wash its hands of a citizen who vanishes from the capital”.

The petitioner’s counsel, Advocate Zainab Qureshi-Haider, told the court that Abbasi had been picked up from outside his residence in G-10 by men in plain clothes, and that CCTV footage of the incident had been handed over to the police.

She contended that the police had yet to register an FIR despite repeated requests.

Additional Attorney General Shahid Nawaz Cheema said the interior ministry had “no information” about the journalist and that intelligence agencies had denied having him in custody.

“Then who has him? Are you telling this court that a man disappeared into thin air in the capital?” Justice Kayani remarked.

SSP (Operations) Mustafa Tanveer, who appeared before the court on its direction, said a case would be registered by the evening.

Talking to reporters outside the court, Ms Abbasi said her husband had been receiving threats over his reporting on land allotments in the capital.

“My children ask me every night when their father is coming home. I have no answer for them,” she said.

The Pakistan Federal Union of Journalists (PFUJ) condemned the disappearance and said it would hold a protest outside the National Press Club on Thursday.

The hearing was adjourned till April 2.''',
entities=[("ISLAMABAD", "PLACE"), ("IHC", "ORG"), ("Islamabad High Court", "ORG"), ("Tariq Mehmood Abbasi", "PERSON"),
          ("Samina Kayani", "PERSON"), ("Rukhsana Abbasi", "PERSON"), ("Zainab Qureshi-Haider", "PERSON"),
          ("Abbasi", "PERSON"), ("G-10", "PLACE"), ("Shahid Nawaz Cheema", "PERSON"), ("Kayani", "PERSON"),
          ("Mustafa Tanveer", "PERSON"), ("Pakistan Federal Union of Journalists", "ORG"), ("PFUJ", "ORG"),
          ("National Press Club", "ORG|PLACE")],
claims=[("the state cannot wash its hands", "Samina Kayani", "named"),
        ("picked up from outside his residence in G-10", "Zainab Qureshi-Haider", "named"),
        ("CCTV footage of the incident", "Zainab Qureshi-Haider", "named"),
        ("had yet to register an FIR", "Zainab Qureshi-Haider", "named"),
        ("no information", "Shahid Nawaz Cheema", "named"),
        ("intelligence agencies had denied having him in custody", "Shahid Nawaz Cheema", "named"),
        ("a case would be registered by the evening", "Mustafa Tanveer", "named"),
        ("receiving threats over his reporting", "Rukhsana Abbasi", "named", "'Ms Abbasi' = the wife, not the journalist"),
        ("My children ask me every night", "Rukhsana Abbasi", "named"),
        ("would hold a protest outside the National Press Club", "Pakistan Federal Union of Journalists", "named")],
non_claims=["Then who has him?", "directed the interior ministry to submit", "The hearing was adjourned"])

# ---------------------------------------------------------------- A27 US local TV web copy (sheriff)
CCSO = ("Citrus County Sheriff's Office", "the sheriff's office")
article(id="A27", style="US local TV station web copy, sheriff's chase", text='''Deputies: Man arrested after leading chase through Inverness with toddler in back seat

INVERNESS, Fla. — A 34-year-old man is facing multiple charges after deputies say he led them on a 20-minute chase through Inverness on Tuesday with his 2-year-old son in the back seat.

The Citrus County Sheriff's Office identified the man as Travis Lee Dunham of Floral City.

According to an arrest affidavit, a deputy tried to stop Dunham's pickup truck on U.S. 41 around 4:30 p.m. after it was clocked going 78 mph in a 45 mph zone.

Instead of stopping, Dunham sped off, running at least three red lights and driving onto the sidewalk near Whispering Pines Park, deputies said.

Sheriff Dale Mercer said at a news conference Wednesday that deputies eventually used stop sticks to disable the truck near the intersection of Apopka Avenue and Montgomery Avenue.

"When I watched that dash-cam video, my stomach turned. That baby could have been killed a dozen times over," Mercer said. "Our deputies showed incredible restraint."

The child was not hurt and has been released to a family member, the sheriff's office said.

Dunham told deputies he ran because he had a suspended license and "panicked," according to the affidavit.

Dunham's sister, Ashley Dunham-Pruitt, told WFLA 8 her brother was "a good dad who made a terrible decision."

Jail records show Dunham was being held at the Citrus County Detention Facility on a $75,000 bond.''',
entities=[("INVERNESS", "PLACE"), ("Inverness", "PLACE"), ("Fla.", "PLACE"), ("Citrus County Sheriff's Office", "ORG"),
          ("Travis Lee Dunham", "PERSON"), ("Floral City", "PLACE"), ("Dunham", "PERSON"), ("U.S. 41", "PLACE"),
          ("Whispering Pines Park", "PLACE"), ("Dale Mercer", "PERSON"), ("Apopka Avenue", "PLACE"),
          ("Montgomery Avenue", "PLACE"), ("Mercer", "PERSON"), ("Ashley Dunham-Pruitt", "PERSON"),
          ("WFLA 8", "ORG"), ("Citrus County Detention Facility", "ORG|PLACE")],
claims=[("Man arrested after leading chase through Inverness", "deputies", "unnamed",
         "DEBATABLE: headline attribution 'Deputies:'"),
        ("led them on a 20-minute chase through Inverness", "deputies", "unnamed"),
        ("a deputy tried to stop Dunham's pickup truck", "an arrest affidavit", "unnamed"),
        ("running at least three red lights", "deputies", "unnamed"),
        ("used stop sticks to disable the truck", "Dale Mercer", "named"),
        ("my stomach turned", "Dale Mercer", "named"),
        ("Our deputies showed incredible restraint", "Dale Mercer", "named"),
        ("The child was not hurt", CCSO, "named",
         "DEBATABLE: 'the sheriff's office' resolved by the text to the Citrus County Sheriff's Office"),
        ("he ran because he had a suspended license", ("the affidavit", "an arrest affidavit"), "unnamed",
         "DEBATABLE: Dunham's words reported by the affidavit; alt Travis Lee Dunham"),
        ("a good dad who made a terrible decision", "Ashley Dunham-Pruitt", "named"),
        ("was being held at the Citrus County Detention Facility", "jail records", "unnamed")])

# ---------------------------------------------------------------- A28 Canadian press (Canadian Press style, Quebec)
article(id="A28", style="Canadian press, The Canadian Press (Quebec)", text='''Wildfire forces evacuation of Chibougamau as Quebec requests federal help

MONTREAL — About 7,500 residents of Chibougamau, Que., were ordered to leave their homes Sunday as a fast-moving wildfire came within eight kilometres of the town, provincial officials said.

Quebec's forest fire prevention agency, SOPFEU, said the fire had grown to more than 14,000 hectares and was "out of control."

Mayor Jean-François Tremblay-Gagnon told reporters the evacuation was proceeding calmly.

"People know the drill — we went through this in 2023. But it is never easy to leave your home not knowing what you'll come back to," he said in French.

Public Security Minister Geneviève Lapointe said the province had formally asked Ottawa for the assistance of the Canadian Armed Forces to help with air evacuations of the Cree community of Oujé-Bougoumou.

Federal Emergency Preparedness Minister Harjit Gill said in a post on X that the request had been approved "within the hour."

Environment and Climate Change Canada meteorologist Simon Lévesque-Roy said winds gusting up to 50 kilometres per hour were expected to push the fire toward the town overnight.

"Unfortunately, we don't see significant rain in the forecast before Thursday," he said.

Deputy Grand Chief Sarah Mianscum of the Cree Nation Government said elders and people with medical conditions would be flown out first.

The Canadian Interagency Forest Fire Centre reports that more than 220 wildfires are currently burning across Canada, 61 of them considered out of control.''',
entities=[("Chibougamau", "PLACE"), ("Quebec", "PLACE"), ("MONTREAL", "PLACE"), ("Que.", "PLACE"), ("SOPFEU", "ORG"),
          ("Jean-François Tremblay-Gagnon", "PERSON"), ("Geneviève Lapointe", "PERSON"), ("Ottawa", "ORG|PLACE"),
          ("Canadian Armed Forces", "ORG"), ("Oujé-Bougoumou", "PLACE"), ("Harjit Gill", "PERSON"), ("X", "ORG"),
          ("Environment and Climate Change Canada", "ORG"), ("Simon Lévesque-Roy", "PERSON"),
          ("Sarah Mianscum", "PERSON"), ("Cree Nation Government", "ORG"),
          ("Canadian Interagency Forest Fire Centre", "ORG"), ("Canada", "PLACE")],
claims=[("came within eight kilometres of the town", "provincial officials", "unnamed"),
        ("had grown to more than 14,000 hectares", "SOPFEU", "named"),
        ("the evacuation was proceeding calmly", "Jean-François Tremblay-Gagnon", "named"),
        ("People know the drill", "Jean-François Tremblay-Gagnon", "named"),
        ("formally asked Ottawa for the assistance", "Geneviève Lapointe", "named"),
        ("within the hour", "Harjit Gill", "named"),
        ("winds gusting up to 50 kilometres per hour", "Simon Lévesque-Roy", "named"),
        ("we don't see significant rain in the forecast", "Simon Lévesque-Roy", "named"),
        ("elders and people with medical conditions", "Sarah Mianscum", "named"),
        ("more than 220 wildfires are currently burning", "Canadian Interagency Forest Fire Centre", "named")])

# ---------------------------------------------------------------- A29 sports: cricket match report
article(id="A29", style="sports match report, cricket (ESPNcricinfo style)", text='''Zeeshan Afridi's five-for sinks South Africa in Rawalpindi

Pakistan 287 for 6 (Haris Qadir 104, Saim Baig 61, Mokoena 2-48) beat South Africa 221 (van Rensburg 78, Zeeshan Afridi 5-39) by 66 runs

Zeeshan Afridi's maiden ODI five-wicket haul and a composed century from Haris Qadir gave Pakistan a 66-run victory over South Africa in the first ODI in Rawalpindi, putting the hosts 1-0 up in the three-match series.

Chasing 288, South Africa were well placed at 142 for 2 in the 27th over, with Ruan van Rensburg going strong, before Afridi returned for a second spell and removed him with a yorker that crashed into the base of leg stump.

"That was the ball I had been practising all week with [bowling coach] Tanvir Aslam," said Afridi, who was named Player of the Match. "Haris bhai told me at drinks that their batters were looking for width, so I went straight at the stumps."

Pakistan captain Fakhar Shah said the pitch had been "tricky early on" and praised Qadir for "batting through the tough period".

"We were 40 for 2 and it was stopping on the batters. Haris showed what a mature player he has become," Fakhar said.

South Africa captain Keegan Pillay admitted his side had bowled "too many loose balls" at the death, conceding 94 runs in the last ten overs.

"We had them at 193 for 5 and let it slip. That's on us as a bowling group," Pillay said at the post-match presentation. "Ruan played beautifully, but we needed one more partnership."

Qadir, whose 104 came off 118 balls, said he had been told by the team management to "bat deep" because of the two-paced surface.

The second ODI will be played in Lahore on Friday.''',
entities=[("Zeeshan Afridi", "PERSON"), ("South Africa", "ORG|PLACE"), ("Rawalpindi", "PLACE"), ("Pakistan", "ORG|PLACE"),
          ("Haris Qadir", "PERSON"), ("Saim Baig", "PERSON"), ("Mokoena", "PERSON"), ("van Rensburg", "PERSON"),
          ("Ruan van Rensburg", "PERSON"), ("Afridi", "PERSON"), ("Tanvir Aslam", "PERSON"), ("Haris", "PERSON"),
          ("Fakhar Shah", "PERSON"), ("Qadir", "PERSON"), ("Fakhar", "PERSON"), ("Keegan Pillay", "PERSON"),
          ("Pillay", "PERSON"), ("Ruan", "PERSON"), ("Lahore", "PLACE")],
claims=[("That was the ball I had been practising", "Zeeshan Afridi", "named"),
        ("their batters were looking for width", "Zeeshan Afridi", "named",
         "Haris's words inside Afridi's quote -> Afridi"),
        ("tricky early on", "Fakhar Shah", "named"),
        ("batting through the tough period", "Fakhar Shah", "named"),
        ("We were 40 for 2", "Fakhar Shah", "named", "'Fakhar said' - given name used as the short form"),
        ("too many loose balls", "Keegan Pillay", "named"),
        ("We had them at 193 for 5", "Keegan Pillay", "named"),
        ("Ruan played beautifully", "Keegan Pillay", "named"),
        ("bat deep", "Haris Qadir", "named")],
non_claims=["The second ODI will be played in Lahore"])

# ---------------------------------------------------------------- A30 Singapore court report (Straits Times style)
article(id="A30", style="Singaporean court report, The Straits Times", text='''Former condo manager jailed 14 months for pocketing $270,000 in maintenance fees

SINGAPORE – A former condominium manager who siphoned more than $270,000 from the maintenance fund of a Tampines estate to pay off personal debts was sentenced to 14 months' jail on Feb 20.

Ong Boon Huat, 52, pleaded guilty to one count of criminal breach of trust as a servant. Another similar charge was taken into consideration for sentencing.

The court heard that Ong, who was employed by managing agent Kingsway Property Management, was in charge of the accounts of Tampines Palmview Residences between 2019 and 2022.

Deputy Public Prosecutor Nicholas Tan said Ong made 63 unauthorised transfers from the estate's bank account to a company he controlled, disguising them as payments for landscaping works.

The offences came to light in 2022 when a newly elected council member of the management corporation, Madam Siti Rahmah Abdul Karim, noticed that invoices for landscaping did not match the work she had observed.

DPP Tan sought 15 to 18 months' jail, saying the offences involved "a sustained abuse of trust over nearly three years".

Ong's lawyer, Mr Rajendran Subramaniam, asked for 10 months, telling the court that his client had made full restitution of $270,450 before he was charged.

"My client is remorseful. He sold his flat to repay every cent," Mr Subramaniam said in mitigation.

In sentencing, District Judge Chia Hui Min said restitution was a significant mitigating factor, but that "those entrusted with the funds of homeowners must expect a deterrent sentence".

Speaking to The Straits Times after the hearing, Madam Siti said residents had since appointed a new managing agent and introduced a rule requiring two signatories for all payments above $5,000.

For criminal breach of trust as a servant, Ong could have been jailed for up to 15 years and fined.''',
entities=[("SINGAPORE", "PLACE"), ("Tampines", "PLACE"), ("Ong Boon Huat", "PERSON"), ("Ong", "PERSON"),
          ("Kingsway Property Management", "ORG"), ("Tampines Palmview Residences", "ORG|PLACE"),
          ("Nicholas Tan", "PERSON"), ("Siti Rahmah Abdul Karim", "PERSON"), ("Tan", "PERSON"),
          ("Rajendran Subramaniam", "PERSON"), ("Subramaniam", "PERSON"), ("Chia Hui Min", "PERSON"),
          ("The Straits Times", "ORG"), ("Siti", "PERSON")],
claims=[("made 63 unauthorised transfers", "Nicholas Tan", "named"),
        ("a sustained abuse of trust", "Nicholas Tan", "named"),
        ("had made full restitution", "Rajendran Subramaniam", "named"),
        ("My client is remorseful", "Rajendran Subramaniam", "named"),
        ("restitution was a significant mitigating factor", "Chia Hui Min", "named",
         "DEBATABLE: sentencing remarks"),
        ("those entrusted with the funds of homeowners", "Chia Hui Min", "named"),
        ("had since appointed a new managing agent", "Siti Rahmah Abdul Karim", "named",
         "Malay name: 'Madam Siti' is the given name, the full name is the speaker")],
non_claims=["pleaded guilty to one count", "was in charge of the accounts", "could have been jailed for up to 15 years",
            "invoices for landscaping did not match"],
note="DEBATABLE non-claim: 'The court heard that ...' (agentless).")
