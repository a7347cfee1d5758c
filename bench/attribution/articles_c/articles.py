ARTICLES = []
def article(**kw):
    kw.setdefault("non_claims", []); kw.setdefault("note", ""); ARTICLES.append(kw)


article(id="C01", style="Korea Herald", text='''SEJONG -- The Ministry of Trade, Industry and Energy on Tuesday unveiled a 3.2 trillion won ($2.3 billion) package to support small battery-parts suppliers, as exporters brace for new tariffs in their two largest markets.

Under the plan, companies with fewer than 300 employees will be able to apply for low-interest loans through the Korea Development Bank and the Industrial Bank of Korea starting next month, the ministry said in a press release.

"Our suppliers are the roots of the battery ecosystem, and we cannot let them wither while the big firms adjust," Trade Minister Ahn Sung-jae told reporters at the Government Complex Sejong.

Ahn added that the government would also extend a temporary tax credit for facility investment by two years.

Industry officials welcomed the measure but said it fell short of what mid-sized firms needed. Park Hye-rin, vice chairwoman of the Korea Battery Parts Association, said the loans "will buy time, not competitiveness."

"What we really need is help to find customers outside of the US and China," Park said. "Many of our members depend on a single buyer."

According to data from the Korea International Trade Association, exports of secondary-battery components fell 14.6 percent on-year in the first half, the steepest decline since 2019.

Hanbit Energy Solution, the country's third-largest cell maker, said in a regulatory filing Monday that it would delay construction of its second plant in Cheongju, North Chungcheong Province, by at least a year.

An official at the company, who asked not to be named because he was not authorized to speak to the media, said the decision reflected "a very cautious reading of demand in Europe."

Prof. Lee Dong-hoon of Seoul National University warned that the package could draw scrutiny from trading partners. "Targeted subsidies of this kind are exactly what Washington and Brussels have been complaining about," he said.

By Kwak Min-ji (mjkwak@heraldcorp.com)''',
    entities=[("SEJONG", "PLACE"), ("Ministry of Trade, Industry and Energy", "ORG"), ("Korea Development Bank", "ORG"),
              ("Industrial Bank of Korea", "ORG"), ("Ahn Sung-jae", "PERSON"), ("Government Complex Sejong", "ORG|PLACE"),
              ("Ahn", "PERSON"), ("Park Hye-rin", "PERSON"), ("Korea Battery Parts Association", "ORG"), ("Park", "PERSON"),
              ("US", "PLACE"), ("China", "PLACE"), ("Korea International Trade Association", "ORG"),
              ("Hanbit Energy Solution", "ORG"), ("Cheongju", "PLACE"), ("North Chungcheong Province", "PLACE"),
              ("Europe", "PLACE"), ("Lee Dong-hoon", "PERSON"), ("Seoul National University", "ORG"),
              ("Washington", "PLACE"), ("Brussels", "PLACE"), ("Kwak Min-ji", "PERSON")],
    claims=[("will be able to apply for low-interest loans", "Ministry of Trade, Industry and Energy", "named"),
            ("Our suppliers are the roots of the battery ecosystem", "Ahn Sung-jae", "named"),
            ("would also extend a temporary tax credit", "Ahn Sung-jae", "named"),
            ("it fell short of what mid-sized firms needed", "industry officials", "unnamed"),
            ("will buy time, not competitiveness", "Park Hye-rin", "named"),
            ("What we really need is help to find customers", "Park Hye-rin", "named"),
            ("Many of our members depend on a single buyer", "Park Hye-rin", "named"),
            ("exports of secondary-battery components fell 14.6 percent", "Korea International Trade Association", "named"),
            ("it would delay construction of its second plant", "Hanbit Energy Solution", "named"),
            ("a very cautious reading of demand in Europe", ("Hanbit Energy Solution", "an official at the company"), "named",
             "DEBATABLE: unnamed official of a named company; guideline maps an unnamed spokesperson for an org to the org"),
            ("the package could draw scrutiny from trading partners", "Lee Dong-hoon", "named"),
            ("Targeted subsidies of this kind are exactly what Washington", "Lee Dong-hoon", "named")],
    non_claims=["unveiled a 3.2 trillion won", "Industry officials welcomed the measure"],
    note="Byline (Kwak Min-ji) is a PERSON mention but not a speaker.")


article(id="C02", style="Japan Times", text='''OSAKA -- Osaka Gov. Hiroshi Tanabe said Wednesday that the prefecture will ask the central government to fund a second cruise terminal on Yumeshima, the artificial island that hosted the 2025 World Expo, arguing that the existing pier cannot handle the surge in foreign visitors.

"We are turning away ships. That is not how a tourism city should behave," Tanabe told a regular news conference at the prefectural government headquarters.

The proposal, estimated to cost ¥48 billion, would need approval from the Ministry of Land, Infrastructure, Transport and Tourism. A ministry official said the request would be "examined carefully alongside other ports' needs," but declined to give a timeline.

According to the Japan Tourism Agency, 2.1 million cruise passengers arrived in Japan last year, up 38 percent from the year before, with Osaka, Yokohama and Fukuoka accounting for nearly half of the total.

Not everyone is convinced. Mariko Sugimoto, who runs a small inn in Minato Ward and chairs a local residents' group, said the area's roads were already clogged on days when large vessels dock.

"Buses park on the sidewalks. Nobody asked us whether we wanted this," she said.

Osaka Mayor Kenta Morishita, who, like Tanabe, belongs to Nippon Ishin no Kai (Japan Innovation Party), said the city would commission a traffic study before any construction began.

Kansai Port Holdings Co., which operates the existing terminal, said in a statement that it "supports any measure that expands capacity" and would cooperate with the prefecture.

Tourism economist Yuji Hattori of Ritsumeikan University noted that cruise passengers typically spend less per head than visitors who fly in and stay in hotels.

"The numbers look impressive, but the local economic effect is modest," he said.''',
    entities=[("OSAKA", "PLACE"), ("Osaka", "PLACE"), ("Hiroshi Tanabe", "PERSON"), ("Yumeshima", "PLACE"), ("Tanabe", "PERSON"),
              ("Ministry of Land, Infrastructure, Transport and Tourism", "ORG"), ("Japan Tourism Agency", "ORG"),
              ("Japan", "PLACE"), ("Yokohama", "PLACE"), ("Fukuoka", "PLACE"), ("Mariko Sugimoto", "PERSON"),
              ("Minato Ward", "PLACE"), ("Kenta Morishita", "PERSON"), ("Nippon Ishin no Kai", "ORG"),
              ("Japan Innovation Party", "ORG"), ("Kansai Port Holdings Co.", "ORG"), ("Yuji Hattori", "PERSON"),
              ("Ritsumeikan University", "ORG")],
    claims=[("the prefecture will ask the central government to fund", "Hiroshi Tanabe", "named"),
            ("the existing pier cannot handle the surge", "Hiroshi Tanabe", "named"),
            ("We are turning away ships", "Hiroshi Tanabe", "named"),
            ("examined carefully alongside other ports' needs", ("Ministry of Land, Infrastructure, Transport and Tourism", "a ministry official"), "named",
             "DEBATABLE: unnamed official of the named ministry"),
            ("2.1 million cruise passengers arrived in Japan", "Japan Tourism Agency", "named"),
            ("the area's roads were already clogged", "Mariko Sugimoto", "named"),
            ("Buses park on the sidewalks", "Mariko Sugimoto", "named"),
            ("the city would commission a traffic study", "Kenta Morishita", "named"),
            ("supports any measure that expands capacity", "Kansai Port Holdings Co.", "named"),
            ("cruise passengers typically spend less per head", "Yuji Hattori", "named"),
            ("The numbers look impressive, but the local economic effect is modest", "Yuji Hattori", "named")],
    non_claims=["estimated to cost", "Not everyone is convinced", "declined to give a timeline"],
    note="Party name in apposition with English gloss: both ORG. 'Osaka Gov.' / 'Osaka Mayor' give PLACE + PERSON.")


article(id="C03", style="South China Morning Post (Hong Kong)", text='''Hong Kong's transport chief has defended a plan to raise cross-harbour tunnel tolls by up to 40 per cent, insisting the change will ease chronic congestion despite mounting criticism from taxi drivers and lawmakers.

Secretary for Transport and Logistics Lam Chi-wai told the Legislative Council's transport panel on Friday that peak-hour traffic at the Cross-Harbour Tunnel had worsened for three consecutive years.

"If we do nothing, every motorist pays with their time instead of their wallet," Lam said. "That is the real cost."

But lawmaker Yeung Ka-ming, who represents the transport functional constituency, said the proposal would "punish the people who can least afford it".

"Taxi drivers cannot choose another route when the passenger tells them where to go," Yeung said, adding that the trade's income had yet to recover from the pandemic.

The Hong Kong Taxi Owners & Drivers Alliance said in a statement it would stage a slow-drive protest along Gloucester Road next Wednesday if the government did not shelve the plan.

A source familiar with the government's thinking told the Post that officials were considering a discount for taxis and minibuses to head off the protest.

Figures from the Transport Department show the tunnel handled an average of 109,000 vehicles a day last year, well above its design capacity of 78,000.

Professor Wong Siu-fung, a transport researcher at the University of Hong Kong, said higher tolls alone would not solve the problem. "You need better bus lanes on both sides of the harbour, otherwise people will simply sit in traffic somewhere else," she said.

Meanwhile in Beijing, the Hong Kong and Macau Work Office of the State Council said it supported the city government's "efforts to improve governance and livelihoods", without commenting on the tolls directly.''',
    entities=[("Hong Kong", "PLACE"), ("Lam Chi-wai", "PERSON"), ("Legislative Council", "ORG"), ("Cross-Harbour Tunnel", "ORG|PLACE"),
              ("Lam", "PERSON"), ("Yeung Ka-ming", "PERSON"), ("Yeung", "PERSON"),
              ("Hong Kong Taxi Owners & Drivers Alliance", "ORG"), ("Gloucester Road", "PLACE"), ("Post", "ORG"),
              ("Transport Department", "ORG"), ("Wong Siu-fung", "PERSON"), ("University of Hong Kong", "ORG"),
              ("Beijing", "PLACE"), ("Hong Kong and Macau Work Office of the State Council", "ORG")],
    claims=[("the change will ease chronic congestion", "Lam Chi-wai", "named",
             "DEBATABLE: speaker introduced as 'Hong Kong's transport chief' and named only in the next paragraph"),
            ("peak-hour traffic at the Cross-Harbour Tunnel had worsened", "Lam Chi-wai", "named"),
            ("If we do nothing, every motorist pays", "Lam Chi-wai", "named"),
            ("That is the real cost.", "Lam Chi-wai", "named"),
            ("punish the people who can least afford it", "Yeung Ka-ming", "named"),
            ("Taxi drivers cannot choose another route", "Yeung Ka-ming", "named"),
            ("the trade's income had yet to recover", "Yeung Ka-ming", "named"),
            ("it would stage a slow-drive protest", "Hong Kong Taxi Owners & Drivers Alliance", "named"),
            ("officials were considering a discount for taxis", "a source familiar with the government's thinking", "unnamed"),
            ("the tunnel handled an average of 109,000 vehicles", "Transport Department", "named"),
            ("higher tolls alone would not solve the problem", "Wong Siu-fung", "named"),
            ("You need better bus lanes on both sides of the harbour", "Wong Siu-fung", "named"),
            ("it supported the city government's", "Hong Kong and Macau Work Office of the State Council", "named")],
    non_claims=["without commenting on the tolls directly"],
    note="'the Post' = the outlet (ORG). Long nested ORG with 'and' and 'of'.")


article(id="C04", style="Gulf News (UAE)", text='''Dubai: Residents of several Dubai communities will be able to pay their district cooling bills in monthly instalments from next month, under a new scheme announced by the Dubai Supreme Council of Energy on Sunday.

The move follows complaints from tenants in areas such as Jumeirah Village Circle and Dubai Marina, who say bills have risen sharply since the summer.

Speaking to Gulf News, Ahmed Al Mheiri, Secretary-General of the council, said the scheme was designed to "give families breathing room during the hottest months without compromising the sustainability of the sector".

He added that cooling providers would be barred from charging late fees to customers enrolled in the plan.

Chillwave District Cooling, one of the emirate's largest providers, welcomed the decision. "We have always believed that flexibility builds trust with our customers," a spokesperson for the company said.

But some residents remain sceptical. "Instalments don't change the fact that we are paying twice what we paid two years ago," said Reem Haddad, a Lebanese marketing manager who lives in a two-bedroom flat in JVC.

According to a report by the Dubai Statistics Center, utility costs made up 7.8 per cent of average household spending in the emirate last year.

Sheikh Hamdan bin Saif Al Mazrouei, chairman of the Abu Dhabi-based Emirates Energy & Water Forum, said other emirates were watching the Dubai scheme closely.

"If it works, I expect Abu Dhabi and Sharjah to follow within a year," he said.''',
    entities=[("Dubai", "PLACE"), ("Dubai Supreme Council of Energy", "ORG"), ("Jumeirah Village Circle", "PLACE"),
              ("Dubai Marina", "PLACE"), ("Gulf News", "ORG"), ("Ahmed Al Mheiri", "PERSON"),
              ("Chillwave District Cooling", "ORG"), ("Reem Haddad", "PERSON"), ("JVC", "PLACE"),
              ("Dubai Statistics Center", "ORG"), ("Hamdan bin Saif Al Mazrouei", "PERSON"), ("Abu Dhabi", "PLACE"),
              ("Emirates Energy & Water Forum", "ORG"), ("Sharjah", "PLACE")],
    claims=[("bills have risen sharply since the summer", ("tenants in areas such as Jumeirah Village Circle and Dubai Marina", "tenants"), "unnamed"),
            ("give families breathing room during the hottest months", "Ahmed Al Mheiri", "named"),
            ("cooling providers would be barred from charging late fees", "Ahmed Al Mheiri", "named"),
            ("We have always believed that flexibility builds trust", "Chillwave District Cooling", "named"),
            ("Instalments don't change the fact", "Reem Haddad", "named"),
            ("utility costs made up 7.8 per cent", "Dubai Statistics Center", "named"),
            ("other emirates were watching the Dubai scheme closely", "Hamdan bin Saif Al Mazrouei", "named"),
            ("If it works, I expect Abu Dhabi and Sharjah", "Hamdan bin Saif Al Mazrouei", "named")],
    non_claims=["But some residents remain sceptical", "welcomed the decision"],
    note="Title 'Sheikh' stripped. 'Dubai' appears as dateline, modifier of communities and inside longer ORG/PLACE names.")


article(id="C05", style="Al Jazeera (Middle East conflict wire)", text='''At least 14 people have been killed in Israeli air strikes on Deir el-Balah in the central Gaza Strip, according to medical sources, as aid agencies warned that fuel shortages threatened to shut down the area's last functioning hospital.

Gaza's Ministry of Health said in a statement on Tuesday that six children were among the dead. Al Jazeera could not independently verify the figure.

Dr Khalil Abu Samra, director of Al-Noor Hospital, told Al Jazeera that generators had enough fuel for "two days, maybe three".

"We are choosing which patients get electricity. No doctor should ever have to make that choice," he said.

The Israel Defense Forces (IDF) said its aircraft had struck "terrorist infrastructure" belonging to Hamas. It said it was reviewing reports of civilian casualties.

An Israeli official, speaking on condition of anonymity, told reporters in Jerusalem that the strikes followed rocket fire from the area on Monday evening.

Hamas, in a brief statement, called the attack "a massacre" and said it held the United States responsible for continuing to arm Israel.

Washington has not commented on the latest strikes. Egypt and Qatar, which have mediated previous truces, are expected to host a new round of talks in Cairo this week, a diplomatic source said.

Reporting from Amman, Al Jazeera's Rawan Haddadin said the mood among Palestinian officials was "grim". "They say every convoy now takes three times as long to clear inspection," she said.

The UN agency for Palestinian refugees, UNRWA, said only 41 aid trucks had entered Gaza on Monday, compared with a daily average of 500 before the war.''',
    entities=[("Deir el-Balah", "PLACE"), ("Gaza Strip", "PLACE"), ("Gaza", "PLACE"), ("Ministry of Health", "ORG"),
              ("Al Jazeera", "ORG"), ("Khalil Abu Samra", "PERSON"), ("Al-Noor Hospital", "ORG|PLACE"),
              ("Israel Defense Forces", "ORG"), ("IDF", "ORG"), ("Hamas", "ORG"), ("Jerusalem", "PLACE"),
              ("United States", "PLACE"), ("Israel", "PLACE"), ("Washington", "PLACE"), ("Egypt", "PLACE"),
              ("Qatar", "PLACE"), ("Cairo", "PLACE"), ("Amman", "PLACE"), ("Rawan Haddadin", "PERSON"),
              ("UN", "ORG"), ("UNRWA", "ORG")],
    claims=[("At least 14 people have been killed", "medical sources", "unnamed"),
            ("fuel shortages threatened to shut down", "aid agencies", "unnamed"),
            ("six children were among the dead", ("Gaza's Ministry of Health", "Ministry of Health"), "named"),
            ("generators had enough fuel", "Khalil Abu Samra", "named"),
            ("We are choosing which patients get electricity", "Khalil Abu Samra", "named"),
            ("its aircraft had struck", ("Israel Defense Forces", "IDF"), "named"),
            ("it was reviewing reports of civilian casualties", ("Israel Defense Forces", "IDF"), "named"),
            ("the strikes followed rocket fire", ("Israel", "an Israeli official"), "named",
             "DEBATABLE: 'an Israeli official' -> country by the officials-of-a-country rule, or the noun phrase as worded"),
            ("a massacre", "Hamas", "named", "DEBATABLE: 'called the attack X' as a reporting construction"),
            ("it held the United States responsible", "Hamas", "named"),
            ("are expected to host a new round of talks", "a diplomatic source", "unnamed"),
            ("the mood among Palestinian officials was", "Rawan Haddadin", "named"),
            ("every convoy now takes three times as long", ("Rawan Haddadin", "Palestinian officials"), "named",
             "DEBATABLE: reporter relays 'They say' -- direct speaker is the correspondent, embedded source Palestinian officials"),
            ("only 41 aid trucks had entered Gaza", "UNRWA", "named")],
    non_claims=["Al Jazeera could not independently verify the figure", "Washington has not commented on the latest strikes"],
    note="'Gaza's Ministry of Health' -> PLACE + ORG. Pronoun 'It said' -> IDF. 'UN' inside a descriptive phrase is ORG.")


article(id="C06", style="DW (EU politics)", text='''EU agriculture ministers meeting in Brussels on Monday failed to reach a deal on tighter rules for pesticide use, exposing deep divisions between member states ahead of a crucial vote in the European Parliament.

The proposal, drawn up by the European Commission, would require member states to halve the use of chemical pesticides by 2035. Germany, the Netherlands and Denmark back the plan, while Poland, Hungary and Italy oppose it.

"We are not against protecting bees. We are against destroying family farms," Polish Agriculture Minister Tomasz Wierzbicki told reporters as he arrived for the meeting.

His German counterpart, Katrin Oberländer of the Greens, insisted the targets were "ambitious but realistic". She said farmers in her country had already cut pesticide use by a fifth over the past decade "without a collapse in yields."

EU Agriculture Commissioner Henrik Aalto said he regretted the outcome but would not withdraw the proposal. "The science has not changed because the politics got difficult," the Finnish commissioner said at a press conference after the meeting.

The European Farmers' Council & Cooperatives (EFCC), which claims to represent more than 20 million farmers across the bloc, welcomed the stalemate. In a statement, the group said the Commission had "ignored the reality in the fields".

Environmental groups reacted with dismay. Marta Soler of the Brussels-based Pollinator Action Network told DW that ministers had "chosen short-term comfort over long-term survival."

Two EU diplomats told DW that a revised text could be tabled in December.''',
    entities=[("EU", "ORG"), ("Brussels", "PLACE"), ("European Parliament", "ORG"), ("European Commission", "ORG"),
              ("Germany", "PLACE"), ("Netherlands", "PLACE"), ("Denmark", "PLACE"), ("Poland", "PLACE"),
              ("Hungary", "PLACE"), ("Italy", "PLACE"), ("Tomasz Wierzbicki", "PERSON"), ("Katrin Oberländer", "PERSON"),
              ("Greens", "ORG"), ("Henrik Aalto", "PERSON"), ("European Farmers' Council & Cooperatives", "ORG"),
              ("EFCC", "ORG"), ("Commission", "ORG"), ("Marta Soler", "PERSON"), ("Pollinator Action Network", "ORG"),
              ("DW", "ORG")],
    claims=[("We are not against protecting bees", "Tomasz Wierzbicki", "named"),
            ("ambitious but realistic", "Katrin Oberländer", "named"),
            ("farmers in her country had already cut pesticide use", "Katrin Oberländer", "named"),
            ("he regretted the outcome", "Henrik Aalto", "named"),
            ("The science has not changed", "Henrik Aalto", "named"),
            ("represent more than 20 million farmers", "European Farmers' Council & Cooperatives", "named",
             "DEBATABLE: 'which claims to represent' in a relative clause"),
            ("ignored the reality in the fields", "European Farmers' Council & Cooperatives", "named"),
            ("chosen short-term comfort over long-term survival", "Marta Soler", "named"),
            ("a revised text could be tabled in December", "two EU diplomats", "unnamed")],
    non_claims=["Poland, Hungary and Italy oppose it", "Environmental groups reacted with dismay", "welcomed the stalemate"],
    note="'the Finnish commissioner' is a descriptive follow-up for Aalto. 'Polish'/'German' are adjectives, not entities.")


article(id="C07", style="France 24 (translated quotes)", text='''Tens of thousands of teachers walked out across France on Thursday to protest against government plans to cut 4,000 teaching posts, with unions claiming that nearly half of primary school staff had joined the strike.

The Ministry of National Education put the figure far lower, saying 23.7 percent of primary teachers and 18.2 percent of secondary teachers had stopped work by midday.

In Paris, the procession set off from Place de la République shortly after 2pm, with marchers carrying banners and placards denouncing overcrowded classrooms.

Speaking on France Inter radio on Thursday morning, Education Minister Élodie Marchand said she "understood the concern", arguing that the cuts reflected a falling birth rate. "There will be 300,000 fewer pupils in our classrooms within five years. Should we pretend otherwise?" she said, in comments translated from French.

Sophie Vannier, secretary-general of the SNEP-Unité union, the largest among primary teachers, accused the government of "balancing the budget on the backs of children". "Classes of 28 or 30 pupils are not a detail, they are a choice," she told FRANCE 24.

In Marseille, where several schools in the northern districts were closed for the day, the parents' association Parents d'élèves de France (PEF) said the cuts would hit disadvantaged neighbourhoods hardest.

"My son already has a substitute teacher who changes every two weeks," said Nadia Benali, a mother of three who joined the rally outside the city's education authority. "Now they want to take even that away?"

The opposition Socialist Party called on Prime Minister Bernard Lefranc to withdraw the plan, while the far-right National Rally said the strike showed "the failure of this government to set priorities".''',
    entities=[("France", "PLACE"), ("Ministry of National Education", "ORG"), ("Paris", "PLACE"),
              ("Place de la République", "PLACE"), ("France Inter", "ORG"), ("Élodie Marchand", "PERSON"),
              ("Sophie Vannier", "PERSON"), ("SNEP-Unité", "ORG"), ("FRANCE 24", "ORG"), ("Marseille", "PLACE"),
              ("Parents d'élèves de France", "ORG"), ("PEF", "ORG"), ("Nadia Benali", "PERSON"),
              ("Socialist Party", "ORG"), ("Bernard Lefranc", "PERSON"), ("National Rally", "ORG")],
    claims=[("nearly half of primary school staff had joined the strike", "unions", "unnamed"),
            ("23.7 percent of primary teachers", "Ministry of National Education", "named"),
            ("understood the concern", "Élodie Marchand", "named"),
            ("the cuts reflected a falling birth rate", "Élodie Marchand", "named"),
            ("There will be 300,000 fewer pupils", "Élodie Marchand", "named"),
            ("balancing the budget on the backs of children", "Sophie Vannier", "named",
             "DEBATABLE: 'accused X of ...' as a reporting construction"),
            ("Classes of 28 or 30 pupils are not a detail", "Sophie Vannier", "named"),
            ("the cuts would hit disadvantaged neighbourhoods hardest", "Parents d'élèves de France", "named"),
            ("My son already has a substitute teacher", "Nadia Benali", "named"),
            ("the failure of this government to set priorities", "National Rally", "named")],
    non_claims=["Now they want to take even that away?", "called on Prime Minister Bernard Lefranc to withdraw the plan",
                "the procession set off from Place de la République"],
    note="Translated quote flagged 'in comments translated from French'. Second quote segment of Benali is a question (non-claim).")


article(id="C08", style="Buenos Aires Times", text='''Monthly inflation slowed to 2.1 percent in September, the lowest reading in almost four years, the INDEC national statistics bureau reported on Tuesday, handing the government a boost ahead of the midterm elections.

Economy Minister Joaquín Irigoyen celebrated the figure on X, writing that "the disinflation process is irreversible." "Wages are finally beating prices," he added in a later post.

Analysts were more cautious. "Core inflation is still running above 2.5 percent, and the exchange-rate band is doing a lot of the heavy lifting," said Camila Ferrante, chief economist at Buenos Aires consultancy Consultora Andina Research.

According to INDEC, prices for food and non-alcoholic beverages rose 1.6 percent in the month, while regulated prices – including electricity, gas and public transport – jumped 3.4 percent.

The CGT umbrella union, Argentina's largest labour confederation, disputed the government's reading. In a statement, it said that "the cost of living for a family of four in Greater Buenos Aires" had outpaced formal-sector wages for 11 of the past 12 months.

Opposition deputy Lucía Barreiro of Unión por la Patria told the Times that the government was "confusing a recession with a victory." "People are not buying less because prices are stable; they are buying less because they have no money," she said.

Central Bank (BCRA) Governor Martín Saavedra, speaking at an event hosted by the Argentine Chamber of Retail & Services, said the monetary authority would keep its benchmark rate unchanged "until there is clear evidence that expectations have anchored."

Shop owners in the capital's Once district described a mixed picture. "Prices are steadier, yes, but customers come in, ask, and leave," said Rubén Sosa, who sells school uniforms on Avenida Pueyrredón.''',
    entities=[("INDEC", "ORG"), ("Joaquín Irigoyen", "PERSON"), ("Camila Ferrante", "PERSON"), ("Buenos Aires", "PLACE"),
              ("Consultora Andina Research", "ORG"), ("CGT", "ORG"), ("Argentina", "PLACE"),
              ("Greater Buenos Aires", "PLACE"), ("Lucía Barreiro", "PERSON"), ("Unión por la Patria", "ORG"),
              ("Times", "ORG"), ("Central Bank", "ORG"), ("BCRA", "ORG"), ("Martín Saavedra", "PERSON"),
              ("Argentine Chamber of Retail & Services", "ORG"), ("Once", "PLACE"), ("Rubén Sosa", "PERSON"),
              ("Avenida Pueyrredón", "PLACE")],
    claims=[("Monthly inflation slowed to 2.1 percent in September", "INDEC", "named"),
            ("the disinflation process is irreversible", "Joaquín Irigoyen", "named"),
            ("Wages are finally beating prices", "Joaquín Irigoyen", "named"),
            ("Core inflation is still running above 2.5 percent", "Camila Ferrante", "named"),
            ("prices for food and non-alcoholic beverages rose 1.6 percent", "INDEC", "named"),
            ("had outpaced formal-sector wages", "CGT", "named"),
            ("confusing a recession with a victory", "Lucía Barreiro", "named"),
            ("People are not buying less because prices are stable", "Lucía Barreiro", "named"),
            ("would keep its benchmark rate unchanged", "Martín Saavedra", "named"),
            ("Prices are steadier, yes", "Rubén Sosa", "named")],
    non_claims=["Analysts were more cautious", "disputed the government's reading", "described a mixed picture"],
    note="Social platform X is not annotated as an entity (product/platform). 'Central Bank (BCRA) Governor' -> ORG + acronym + PERSON.")


article(id="C09", style="Jamaica Gleaner", text='''Residents of Waterford and surrounding communities in Portmore, St Catherine, say they have been without piped water for nine days, and they are fed up with what they call "empty promises" from the National Water Commission (NWC).

"Mi have to buy water fi bathe mi pickney dem every morning. A $3,000 a drum now," said Marcia Clarke, a vendor and mother of four, who spoke to The Gleaner on Tuesday.

Another resident, who gave his name only as Tall Man, said he had missed two days' work queuing for a water truck that never came.

In a release on Monday, the NWC said the disruption was caused by "a major break on the 24-inch transmission main" serving the area. Crews, it said, were "working around the clock" to complete repairs.

The commission's corporate public relations manager, Andrea Wint-Forbes, told The Gleaner yesterday that supply should be restored "by Thursday at the latest, barring any further complications".

But Member of Parliament for St Catherine South Central, Dr Orrin Pusey, said residents had heard that before. "This is the third major break in 18 months. At some point you have to ask whether the infrastructure is simply finished," Pusey said.

He said he had written to the minister with responsibility for water, Senator Kamala Ruddock-Beckford, requesting an urgent meeting.

Councillor for the Waterford Division, Delroy 'Skippy' Graham, said the Portmore Municipal Corporation had dispatched two water trucks of its own, but admitted that it was "a drop in the bucket".''',
    entities=[("Waterford", "PLACE"), ("Portmore", "PLACE"), ("St Catherine", "PLACE"), ("National Water Commission", "ORG"),
              ("NWC", "ORG"), ("Marcia Clarke", "PERSON"), ("The Gleaner", "ORG"), ("Tall Man", "PERSON"),
              ("Andrea Wint-Forbes", "PERSON"), ("St Catherine South Central", "PLACE"), ("Orrin Pusey", "PERSON"),
              ("Pusey", "PERSON"), ("Kamala Ruddock-Beckford", "PERSON"), ("Waterford Division", "PLACE"),
              ("Delroy 'Skippy' Graham", "PERSON"), ("Portmore Municipal Corporation", "ORG")],
    claims=[("they have been without piped water for nine days",
             ("residents of Waterford and surrounding communities in Portmore, St Catherine", "residents"), "unnamed"),
            ("Mi have to buy water fi bathe mi pickney dem", "Marcia Clarke", "named"),
            ("he had missed two days' work", "Tall Man", "named", "DEBATABLE: speaker identified only by a nickname"),
            ("a major break on the 24-inch transmission main", ("National Water Commission", "NWC"), "named"),
            ("working around the clock", ("National Water Commission", "NWC"), "named"),
            ("supply should be restored", "Andrea Wint-Forbes", "named"),
            ("residents had heard that before", "Orrin Pusey", "named"),
            ("This is the third major break in 18 months", "Orrin Pusey", "named"),
            ("he had written to the minister with responsibility for water", "Orrin Pusey", "named"),
            ("the Portmore Municipal Corporation had dispatched two water trucks", ("Delroy 'Skippy' Graham", "Delroy Graham"), "named"),
            ("a drop in the bucket", ("Delroy 'Skippy' Graham", "Delroy Graham"), "named")],
    note="'Member of Parliament for ...' is a title (Parliament not annotated there). Jamaican Patois quote. Parenthetical 'Crews, it said, were' -> NWC. 'empty promises' (inside 'what they call') is left unannotated: part of the residents' lead statement context.")


article(id="C10", style="New Zealand Herald", text='''Ngāti Rangiwhaka says it will seek a judicial review of a fast-track consent for a sand-mining operation off the Northland coast, arguing the Crown failed to consult hapū whose fishing grounds lie within the zone.

The consent, granted last week to Auckland-based Te Ara Minerals Ltd, allows the company to extract up to 2 million cubic metres of sand a year from the seabed near Mangawhai for 35 years.

Iwi chair Hēmi Pōtae told the Herald the decision had been made "in a back room in Wellington".

"Our tūpuna fished those waters for 700 years. We were given 15 working days to respond to a 900-page application. That is not consultation, that is a box-ticking exercise," Pōtae said.

Resources Minister Grant Whitcombe defended the process, saying the expert panel had considered all submissions.

"The law is clear and the panel followed it. New Zealand needs construction sand, and this project means we import less of it," Whitcombe said in a statement.

Te Ara Minerals chief executive Sarah Lindqvist said the company had offered a "substantial" benefits package to local communities, including scholarships and a monitoring role for mana whenua.

But Kaipara District councillor Aroha Tane said many residents in Mangawhai were "furious" about the lack of public hearings.

University of Auckland marine ecologist Associate Professor Ngaio Reweti warned that sand extraction could smother shellfish beds. "We have very little baseline data for that stretch of coast. We're flying blind," she said.

The Ministry for the Environment referred questions to the Ministry of Business, Innovation and Employment, which said it did not comment on matters that might come before the courts.''',
    entities=[("Ngāti Rangiwhaka", "ORG"), ("Northland", "PLACE"), ("Crown", "ORG"), ("Auckland", "PLACE"),
              ("Te Ara Minerals Ltd", "ORG"), ("Mangawhai", "PLACE"), ("Hēmi Pōtae", "PERSON"), ("Herald", "ORG"),
              ("Wellington", "PLACE"), ("Pōtae", "PERSON"), ("Grant Whitcombe", "PERSON"), ("New Zealand", "PLACE"),
              ("Whitcombe", "PERSON"), ("Te Ara Minerals", "ORG"), ("Sarah Lindqvist", "PERSON"),
              ("Kaipara District", "PLACE"), ("Aroha Tane", "PERSON"), ("University of Auckland", "ORG"),
              ("Ngaio Reweti", "PERSON"), ("Ministry for the Environment", "ORG"),
              ("Ministry of Business, Innovation and Employment", "ORG")],
    claims=[("it will seek a judicial review", "Ngāti Rangiwhaka", "named"),
            ("the Crown failed to consult hapū", "Ngāti Rangiwhaka", "named"),
            ("the decision had been made", "Hēmi Pōtae", "named"),
            ("Our tūpuna fished those waters for 700 years", "Hēmi Pōtae", "named"),
            ("the expert panel had considered all submissions", "Grant Whitcombe", "named"),
            ("The law is clear and the panel followed it", "Grant Whitcombe", "named"),
            ("the company had offered a", "Sarah Lindqvist", "named"),
            ("many residents in Mangawhai were", "Aroha Tane", "named"),
            ("sand extraction could smother shellfish beds", "Ngaio Reweti", "named"),
            ("We have very little baseline data", "Ngaio Reweti", "named"),
            ("it did not comment on matters that might come before the courts", "Ministry of Business, Innovation and Employment", "named")],
    non_claims=["allows the company to extract up to 2 million cubic metres", "referred questions to the Ministry of Business"],
    note="Iwi (tribe) treated as ORG; 'the Crown' as ORG (government, not a place). Te reo words (hapū, tūpuna, mana whenua) are not entities. 'Auckland-based' contains PLACE Auckland.")


article(id="C11", style="Ghanaian press (Graphic Online / GhanaWeb)", text='''The Minority in Parliament has accused the government of "paying lip service" to the fight against illegal mining, popularly known as galamsey, after a report revealed that turbidity levels in the Pra River had risen fivefold in two years.

Addressing a press conference in Accra on Monday, the Ranking Member on the Lands and Natural Resources Committee, Hon. Kwabena Owusu-Ansah, said the data showed that "our rivers are dying while we hold workshops".

The report, compiled by the Ghana Water Company Limited (GWCL), found that the utility's treatment plant at Daboase had been forced to shut down on 19 occasions this year because the raw water was too polluted to treat.

"If Daboase shuts down, Sekondi-Takoradi goes thirsty. It is as simple as that," the MP for Effiakuma North said.

But the Deputy Minister for Lands and Natural Resources, Madam Akosua Frimpong-Boateng, dismissed the claims as "cheap politics". Speaking to Graphic Online, she said the ministry had deployed a 400-member task force which had arrested more than 1,200 suspects and seized 86 excavators since January.

"The numbers speak for themselves. We are winning this fight, slowly but surely," she insisted.

Chiefs in the Wassa Amenfi area, however, say the illegal miners have simply moved further upstream. Nana Kwame Adu-Gyamfi II, Omanhene of one of the traditional areas in the district, told this reporter that some of the operators enjoyed protection from "big men in Accra".

A source at the Minerals Commission, who spoke on condition of anonymity, confirmed that at least 30 licensed small-scale concessions were under investigation for subletting to foreign nationals.''',
    entities=[("Parliament", "ORG"), ("Pra River", "PLACE"), ("Accra", "PLACE"),
              ("Lands and Natural Resources Committee", "ORG"), ("Kwabena Owusu-Ansah", "PERSON"),
              ("Ghana Water Company Limited", "ORG"), ("GWCL", "ORG"), ("Daboase", "PLACE"),
              ("Sekondi-Takoradi", "PLACE"), ("Effiakuma North", "PLACE"), ("Akosua Frimpong-Boateng", "PERSON"),
              ("Graphic Online", "ORG"), ("Wassa Amenfi", "PLACE"), ("Kwame Adu-Gyamfi II", "PERSON"),
              ("Minerals Commission", "ORG")],
    claims=[("paying lip service", ("the Minority in Parliament", "Minority"), "named",
             "DEBATABLE: 'accused X of' construction; 'the Minority' is the parliamentary opposition caucus"),
            ("turbidity levels in the Pra River had risen fivefold", ("Ghana Water Company Limited", "a report"), "named",
             "DEBATABLE: 'a report revealed' -- author only named in the next paragraph"),
            ("our rivers are dying while we hold workshops", "Kwabena Owusu-Ansah", "named"),
            ("the utility's treatment plant at Daboase had been forced to shut down", "Ghana Water Company Limited", "named"),
            ("If Daboase shuts down, Sekondi-Takoradi goes thirsty", "Kwabena Owusu-Ansah", "named"),
            ("cheap politics", "Akosua Frimpong-Boateng", "named", "DEBATABLE: 'dismissed the claims as X'"),
            ("the ministry had deployed a 400-member task force", "Akosua Frimpong-Boateng", "named"),
            ("The numbers speak for themselves", "Akosua Frimpong-Boateng", "named"),
            ("the illegal miners have simply moved further upstream", ("chiefs in the Wassa Amenfi area", "chiefs"), "unnamed"),
            ("some of the operators enjoyed protection", ("Kwame Adu-Gyamfi II", "Nana Kwame Adu-Gyamfi II"), "named",
             "DEBATABLE: 'Nana' is an Akan chiefly title, stripped"),
            ("at least 30 licensed small-scale concessions", ("Minerals Commission", "a source at the Minerals Commission"), "named",
             "DEBATABLE: anonymous source at a named body")],
    non_claims=["popularly known as galamsey"],
    note="'the MP for Effiakuma North' is a descriptive (non-pronoun) follow-up for Owusu-Ansah. Titles Hon., Madam, Nana stripped.")


article(id="C12", style="The Daily Star (Bangladesh)", text='''Workers of at least 17 garment factories in Ashulia on the outskirts of Dhaka staged demonstrations yesterday, demanding payment of two months' arrears and an annual increment promised in last year's wage deal.

Protesters blocked the Dhaka-Tangail Highway near Zirabo for around three hours, causing a tailback stretching several kilometres, according to police.

Mohammad Shahidul Islam, officer-in-charge of Ashulia Police Station, told The Daily Star that the situation was brought under control around 1:00pm after factory owners agreed to sit with worker representatives.

"We did not use force. We requested them to clear the road and they cooperated," the OC said.

Rokeya Begum, a sewing operator at Northstar Knitwear Ltd, said she had not received her salary for August and September. "My landlord has given me till the end of the month. Where will I go with two children?" she asked.

Contacted, Northstar Knitwear's managing director Tanvir Ahmed Chowdhury blamed delays in payment from a European buyer. "We are also victims. Our buyer has held back shipments worth $1.4 million," he claimed.

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said in a press release that it had formed a committee to mediate between workers and the owners of the affected factories.

However, labour rights activist Nazma Sultana, president of Jatiya Poshak Sramik Forum, alleged that owners routinely cite buyer delays "to avoid paying workers on time". "The buyers pay, the owners invest elsewhere, and the workers wait," she said.

According to the Department of Inspection for Factories and Establishments (DIFE), 63 factories in the Ashulia and Savar industrial belt failed to pay September wages on time.''',
    entities=[("Ashulia", "PLACE"), ("Dhaka", "PLACE"), ("Dhaka-Tangail Highway", "PLACE"), ("Zirabo", "PLACE"),
              ("Mohammad Shahidul Islam", "PERSON"), ("Ashulia Police Station", "ORG"), ("The Daily Star", "ORG"),
              ("Rokeya Begum", "PERSON"), ("Northstar Knitwear Ltd", "ORG"), ("Northstar Knitwear", "ORG"),
              ("Tanvir Ahmed Chowdhury", "PERSON"), ("Bangladesh Garment Manufacturers and Exporters Association", "ORG"),
              ("BGMEA", "ORG"), ("Nazma Sultana", "PERSON"), ("Jatiya Poshak Sramik Forum", "ORG"),
              ("Department of Inspection for Factories and Establishments", "ORG"), ("DIFE", "ORG"), ("Savar", "PLACE")],
    claims=[("causing a tailback stretching several kilometres", "police", "unnamed"),
            ("the situation was brought under control", "Mohammad Shahidul Islam", "named"),
            ("We did not use force", "Mohammad Shahidul Islam", "named"),
            ("she had not received her salary", "Rokeya Begum", "named"),
            ("My landlord has given me till the end of the month", "Rokeya Begum", "named"),
            ("delays in payment from a European buyer", "Tanvir Ahmed Chowdhury", "named", "DEBATABLE: 'blamed X' as a reporting construction"),
            ("We are also victims", "Tanvir Ahmed Chowdhury", "named"),
            ("it had formed a committee to mediate", "Bangladesh Garment Manufacturers and Exporters Association", "named"),
            ("owners routinely cite buyer delays", "Nazma Sultana", "named"),
            ("The buyers pay, the owners invest elsewhere", "Nazma Sultana", "named"),
            ("63 factories in the Ashulia and Savar industrial belt", "Department of Inspection for Factories and Establishments", "named")],
    non_claims=["Where will I go with two children?", "staged demonstrations yesterday"],
    note="'the OC' (officer-in-charge) is a title follow-up for Mohammad Shahidul Islam. 'according to police' at sentence end covers the whole sentence; fragment chosen from it.")


article(id="C13", style="UN News", text='''Nearly 38 million people across the Sahel and West Africa face acute food insecurity during this year's lean season, a joint report released on Thursday by three UN agencies has found, warning that funding shortfalls could force cuts to life-saving assistance.

The report, by the Food and Agriculture Organization (FAO), the World Food Programme (WFP) and UNICEF, found that conflict, displacement and soaring food prices were the main drivers, with Burkina Faso, Mali and northern Nigeria among the worst-affected areas.

"Behind each of these figures is a mother skipping meals so her children can eat," said Aminata Diallo-Traoré, WFP Regional Director for Western Africa, speaking to UN News from Dakar.

"We have the pipelines, we have the partners, we have the access in most places. What we do not have is the money."

She said WFP had received just 27 per cent of the $1.9 billion it needs for the region this year, forcing the agency to cut rations by half in some camps for displaced people.

According to UNICEF, an estimated 2.4 million children under the age of five in the region are expected to suffer from severe acute malnutrition this year.

FAO Deputy Director-General Dr. Rafael Montoya Quispe noted that investing in farmers' resilience was "four to ten times more cost-effective" than emergency food aid.

"Seeds and tools delivered before the planting season save lives and money," he told journalists at a briefing in Rome.

At UN Headquarters in New York, Deputy Spokesperson Farida Nasser told reporters that the Secretary-General was "deeply concerned" by the findings and urged donors to step up.''',
    entities=[("Sahel", "PLACE"), ("West Africa", "PLACE"), ("UN", "ORG"), ("Food and Agriculture Organization", "ORG"),
              ("FAO", "ORG"), ("World Food Programme", "ORG"), ("WFP", "ORG"), ("UNICEF", "ORG"),
              ("Burkina Faso", "PLACE"), ("Mali", "PLACE"), ("Nigeria", "PLACE"), ("Aminata Diallo-Traoré", "PERSON"),
              ("Western Africa", "PLACE"), ("UN News", "ORG"), ("Dakar", "PLACE"), ("Rafael Montoya Quispe", "PERSON"),
              ("Rome", "PLACE"), ("UN Headquarters", "ORG|PLACE"), ("New York", "PLACE"), ("Farida Nasser", "PERSON")],
    claims=[("Nearly 38 million people across the Sahel and West Africa face acute food insecurity",
             ("Food and Agriculture Organization, World Food Programme and UNICEF", "a joint report released on Thursday by three UN agencies", "three UN agencies"), "named",
             "DEBATABLE: report's authors are named only in the next paragraph, and there are three of them"),
            ("funding shortfalls could force cuts to life-saving assistance",
             ("Food and Agriculture Organization, World Food Programme and UNICEF", "a joint report released on Thursday by three UN agencies", "three UN agencies"), "named",
             "DEBATABLE: same joint-report speaker"),
            ("conflict, displacement and soaring food prices were the main drivers",
             ("Food and Agriculture Organization, World Food Programme and UNICEF", "FAO, WFP and UNICEF"), "named",
             "DEBATABLE: three co-authors as one speaker"),
            ("Behind each of these figures is a mother", "Aminata Diallo-Traoré", "named"),
            ("We have the pipelines, we have the partners", "Aminata Diallo-Traoré", "named"),
            ("WFP had received just 27 per cent", "Aminata Diallo-Traoré", "named"),
            ("an estimated 2.4 million children under the age of five", "UNICEF", "named"),
            ("investing in farmers' resilience was", "Rafael Montoya Quispe", "named"),
            ("Seeds and tools delivered before the planting season", "Rafael Montoya Quispe", "named"),
            ("deeply concerned", "Farida Nasser", "named")],
    non_claims=["urged donors to step up"],
    note="Continued quote: Diallo-Traoré's second paragraph has no attribution of its own (own claim). 'FAO Deputy Director-General' -> ORG before title.")


article(id="C14", style="Billboard (tour announcement)", text='''Mariela Cruz is hitting the road.

The singer-songwriter announced on Tuesday (Oct. 14) that she will launch her Salt & Neon World Tour next spring in support of her third studio album, Marea Alta, out Jan. 23 via Lunar Tide Records/Atlantic Crescent Group.

The 17-date arena trek kicks off April 9 at the Moody Center in Austin, Texas, and wraps June 13 at The O2 in London, with stops in New York, Los Angeles, Toronto, Madrid and Paris, plus a homecoming show at Coliseo de Puerto Rico in San Juan.

"This album is the most honest thing I've ever made, and I want to sing it in rooms where I can see people's faces," Cruz said in a statement.

In an Instagram post announcing the dates, she wrote: "Ya casi. Almost there. I can't wait to see you all."

Rapper and frequent collaborator DJ Kairo will join as special guest on North American dates, while Spanish band Los Faros Rotos will open the European leg. Tickets go on sale Oct. 24 via Ticketmaster, with an artist presale beginning Oct. 21. A portion of proceeds will benefit the Casa Mar Foundation.

According to Luminate, Cruz's 2023 album, Brisa, has earned 1.2 million equivalent album units in the U.S.

Her manager, Devon Pike of Northpoint Artists, told Billboard that the team had added arena dates after the first leg of her last tour sold out in under an hour. "The demand told us to go bigger," Pike said.

Here are the dates:
April 9 – Austin, Texas @ Moody Center
April 11 – Houston @ Toyota Center
April 14 – Phoenix @ Footprint Center
April 17 – Los Angeles @ Kia Forum
April 22 – Oakland, Calif. @ Oakland Arena
April 25 – Seattle @ Climate Pledge Arena
April 29 – Chicago @ United Center
May 2 – Toronto @ Scotiabank Arena
May 5 – Boston @ TD Garden
May 7 – New York @ Madison Square Garden
May 10 – Miami @ Kaseya Center
May 16 – San Juan, Puerto Rico @ Coliseo de Puerto Rico
June 3 – Madrid @ WiZink Center
June 6 – Barcelona @ Palau Sant Jordi
June 9 – Amsterdam @ Ziggo Dome
June 11 – Paris @ Accor Arena
June 13 – London @ The O2''',
    entities=[("Mariela Cruz", "PERSON"), ("Lunar Tide Records", "ORG"), ("Atlantic Crescent Group", "ORG"),
              ("Moody Center", "ORG|PLACE"), ("Austin", "PLACE"), ("Texas", "PLACE"), ("The O2", "ORG|PLACE"),
              ("London", "PLACE"), ("New York", "PLACE"), ("Los Angeles", "PLACE"), ("Toronto", "PLACE"),
              ("Madrid", "PLACE"), ("Paris", "PLACE"), ("Coliseo de Puerto Rico", "ORG|PLACE"), ("San Juan", "PLACE"),
              ("Cruz", "PERSON"), ("DJ Kairo", "PERSON"), ("Los Faros Rotos", "ORG"), ("Ticketmaster", "ORG"),
              ("Casa Mar Foundation", "ORG"), ("Luminate", "ORG"), ("U.S.", "PLACE"), ("Devon Pike", "PERSON"),
              ("Northpoint Artists", "ORG"), ("Billboard", "ORG"), ("Pike", "PERSON"), ("Houston", "PLACE"),
              ("Toyota Center", "ORG|PLACE"), ("Phoenix", "PLACE"), ("Footprint Center", "ORG|PLACE"),
              ("Kia Forum", "ORG|PLACE"), ("Oakland", "PLACE"), ("Calif.", "PLACE"), ("Oakland Arena", "ORG|PLACE"),
              ("Seattle", "PLACE"), ("Climate Pledge Arena", "ORG|PLACE"), ("Chicago", "PLACE"),
              ("United Center", "ORG|PLACE"), ("Scotiabank Arena", "ORG|PLACE"), ("Boston", "PLACE"),
              ("TD Garden", "ORG|PLACE"), ("Madison Square Garden", "ORG|PLACE"), ("Miami", "PLACE"),
              ("Kaseya Center", "ORG|PLACE"), ("Puerto Rico", "PLACE"), ("WiZink Center", "ORG|PLACE"),
              ("Barcelona", "PLACE"), ("Palau Sant Jordi", "ORG|PLACE"), ("Amsterdam", "PLACE"),
              ("Ziggo Dome", "ORG|PLACE"), ("Accor Arena", "ORG|PLACE")],
    claims=[("she will launch her Salt & Neon World Tour", "Mariela Cruz", "named"),
            ("This album is the most honest thing I've ever made", "Mariela Cruz", "named"),
            ("Ya casi. Almost there.", "Mariela Cruz", "named"),
            ("has earned 1.2 million equivalent album units", "Luminate", "named"),
            ("the team had added arena dates", "Devon Pike", "named"),
            ("The demand told us to go bigger", "Devon Pike", "named")],
    non_claims=["The 17-date arena trek kicks off April 9", "Tickets go on sale Oct. 24 via Ticketmaster",
                "April 29 – Chicago @ United Center"],
    note="Tour name, album titles (Marea Alta, Brisa) are works, not entities. Band = ORG. Venues ORG|PLACE. Instagram not annotated (platform). Dates list contains no claims.")


article(id="C15", style="PolitiFact-style fact check", text='''Ohio state Sen. Dale Whitaker says families in Ohio pay the highest gas tax in the Midwest. That's not quite right.

If Your Time is Short
• Ohio's gas tax of 38.5 cents per gallon is high for the region, but Illinois and Indiana charge more when all state taxes and fees are counted.
• Whitaker's campaign said he was referring only to the base excise tax, a narrower measure.

In a campaign video posted Oct. 2 on X, Whitaker, a Republican running for governor, told viewers: "Ohio families pay the highest gas tax in the entire Midwest. When I'm governor, that ends on day one."

We wanted to know whether that holds up.

Data from the American Petroleum Institute, an oil and gas industry trade group, shows that as of July 1, Illinois' combined state taxes and fees on gasoline totaled 66.4 cents per gallon and Indiana's 57.8 cents, compared with Ohio's 38.5 cents.

When we contacted Whitaker's campaign, spokesperson Janelle Ortiz said the senator was referring to the per-gallon excise tax, not to sales taxes that some states apply on top. "Apples to apples, Ohio's base excise rate is among the highest in the region," Ortiz wrote in an email.

But even by that narrower measure, Illinois' base excise rate of 47 cents per gallon is higher than Ohio's.

Lena Moskowitz, a senior policy analyst at the Tax Foundation, a Washington-based think tank, said comparisons across states are tricky. "Some states fold gas taxes into sales taxes, which move with the price at the pump," she said.

The Ohio Department of Taxation did not respond to a request for comment.

Our ruling
Whitaker said Ohio families pay more in gas tax than anyone else in the Midwest. Two neighboring states charge more per gallon, whether you count all taxes and fees or only the base excise tax. We rate this claim Mostly False.

Our Sources
Dale Whitaker campaign video on X, Oct. 2; American Petroleum Institute, State Motor Fuel Taxes, July; Email interview with Janelle Ortiz, spokesperson for Whitaker, Oct. 6; Phone interview with Lena Moskowitz, Tax Foundation, Oct. 7''',
    entities=[("Ohio", "PLACE"), ("Dale Whitaker", "PERSON"), ("Midwest", "PLACE"), ("Illinois", "PLACE"),
              ("Indiana", "PLACE"), ("Whitaker", "PERSON"), ("American Petroleum Institute", "ORG"),
              ("Janelle Ortiz", "PERSON"), ("Ortiz", "PERSON"), ("Lena Moskowitz", "PERSON"), ("Tax Foundation", "ORG"),
              ("Washington", "PLACE"), ("Ohio Department of Taxation", "ORG")],
    claims=[("families in Ohio pay the highest gas tax", "Dale Whitaker", "named"),
            ("he was referring only to the base excise tax", ("Whitaker's campaign", "Dale Whitaker campaign"), "named",
             "DEBATABLE: a candidate's campaign as an organisation speaker"),
            ("Ohio families pay the highest gas tax in the entire Midwest", "Dale Whitaker", "named"),
            ("Illinois' combined state taxes and fees on gasoline totaled 66.4 cents", "American Petroleum Institute", "named"),
            ("the senator was referring to the per-gallon excise tax", "Janelle Ortiz", "named"),
            ("Apples to apples", "Janelle Ortiz", "named"),
            ("comparisons across states are tricky", "Lena Moskowitz", "named"),
            ("Some states fold gas taxes into sales taxes", "Lena Moskowitz", "named"),
            ("pay more in gas tax than anyone else in the Midwest", "Dale Whitaker", "named",
             "DEBATABLE: fact-checker's paraphrase restating the claim under review")],
    non_claims=["That's not quite right.", "We rate this claim Mostly False.", "We wanted to know whether that holds up.",
                "Illinois' base excise rate of 47 cents per gallon is higher", "did not respond to a request for comment",
                "Two neighboring states charge more per gallon"],
    note="Fact-checker's own findings and rating are reporter assertions. Sources list repeats names (entities only). 'a Republican' = party label, not an entity. X not annotated.")


article(id="C16", style="CNBC markets brief", text='''Stocks slipped on Tuesday as a jump in Treasury yields and a disappointing forecast from chipmaker Corvane Semiconductor weighed on technology shares.

The S&P 500 fell 0.7% to close at 5,812.44, while the Nasdaq Composite shed 1.3%. The Dow Jones Industrial Average lost 112 points, or 0.3%.

Corvane tumbled 11% after the company said late Monday that it expects fourth-quarter revenue of $2.1 billion to $2.3 billion, below the $2.6 billion analysts polled by LSEG had expected.

"The AI trade has been priced for perfection, and Corvane just reminded everyone that perfection is rare," said Dana Whitfield, chief investment strategist at Harlan & Cole Wealth Partners. "I'd expect more of these air pockets into year-end."

The benchmark 10-year Treasury yield rose 9 basis points to 4.61%, its highest level since May, after Fed Governor Paul Anders said in a speech in Cleveland that he saw "no urgency" to cut rates further.

Not everyone was bearish. Strategists at Brightwater Securities wrote in a note to clients that the pullback offered "an attractive entry point" for investors who had missed the summer rally.

Oil prices rose 1.8% after Saudi Arabia said it would extend voluntary output cuts through March.

Shares of Pinecrest Foods rose 6% after the packaged-food maker beat earnings expectations and raised its full-year guidance. Chief executive Raj Malhotra told CNBC that consumers were "trading down but not trading out."

According to FactSet, about 78% of S&P 500 companies that have reported so far have beaten earnings estimates.''',
    entities=[("Corvane Semiconductor", "ORG"), ("Corvane", "ORG"), ("LSEG", "ORG"), ("Dana Whitfield", "PERSON"),
              ("Harlan & Cole Wealth Partners", "ORG"), ("Fed", "ORG"), ("Paul Anders", "PERSON"), ("Cleveland", "PLACE"),
              ("Brightwater Securities", "ORG"), ("Saudi Arabia", "PLACE"), ("Pinecrest Foods", "ORG"),
              ("Raj Malhotra", "PERSON"), ("CNBC", "ORG"), ("FactSet", "ORG")],
    claims=[("it expects fourth-quarter revenue of $2.1 billion", ("Corvane Semiconductor", "Corvane"), "named"),
            ("The AI trade has been priced for perfection", "Dana Whitfield", "named"),
            ("I'd expect more of these air pockets", "Dana Whitfield", "named"),
            ("to cut rates further", "Paul Anders", "named"),
            ("an attractive entry point", ("Brightwater Securities", "strategists at Brightwater Securities"), "named",
             "DEBATABLE: unnamed strategists of a named firm writing a client note"),
            ("it would extend voluntary output cuts", "Saudi Arabia", "named"),
            ("trading down but not trading out", "Raj Malhotra", "named"),
            ("about 78% of S&P 500 companies", "FactSet", "named")],
    non_claims=["The S&P 500 fell 0.7%", "Not everyone was bearish", "Oil prices rose 1.8%"],
    note="Indexes (S&P 500, Nasdaq Composite, Dow Jones Industrial Average) and Treasury securities are not entities. 'analysts polled by LSEG had expected' is a consensus figure, not annotated as a claim.")


article(id="C17", style="WIRED (first-person tech feature)", text='''The first sign that something was wrong was an email, at 3:12 am, telling me my password had been changed. By breakfast, my account on Glimmer—the photo-sharing app with 400 million monthly users—was posting crypto giveaways to my 11,000 followers.

What followed was a nine-day odyssey through automated appeals, chatbot loops, and a support form that reset itself every time I uploaded a photo of my passport. I am not alone.

According to a report published last month by the Digital Safety Lab at Carnegie Mellon University, account-recovery requests on major social platforms rose 62 percent between 2023 and 2025, while the share resolved within a week fell to under a third.

"Platforms have built incredibly efficient systems for growth and almost nothing for repair," says Priya Raman, the lab's director. "If you lose your account, you are basically talking to a wall that has been trained on an FAQ."

When I asked Glimmer, which is based in Palo Alto, how many human agents handle recovery cases, company spokesperson Marcus Lee declined to give a number. "We invest heavily in both automated and human review to keep people safe," he wrote in an email, adding that Glimmer had "recently rolled out passkey support to make takeovers harder."

Two former Glimmer employees who worked on trust and safety, and who asked not to be named because they had signed nondisclosure agreements, told me the recovery team was cut by roughly half in a round of layoffs last year. One of them described the current process as "a queue that nobody owns."

Glimmer disputed that characterization. "Our teams were restructured, not hollowed out," Lee said.

I eventually got my account back—not through the appeals form but because a friend of a friend knew someone at the company. That, says Raman, is exactly the problem. "Recovery shouldn't depend on who you know," she says.

Lawmakers have started to notice. In a letter sent to Glimmer and three other companies in September, Sen. Teresa Valdez, a New Mexico Democrat, wrote that account takeovers had become "a consumer-protection crisis hiding in plain sight."''',
    entities=[("Glimmer", "ORG"), ("Digital Safety Lab", "ORG"), ("Carnegie Mellon University", "ORG"),
              ("Priya Raman", "PERSON"), ("Palo Alto", "PLACE"), ("Marcus Lee", "PERSON"), ("Lee", "PERSON"),
              ("Raman", "PERSON"), ("Teresa Valdez", "PERSON"), ("New Mexico", "PLACE")],
    claims=[("my password had been changed", "an email", "unnamed",
             "DEBATABLE: an automated email 'telling me' -- document as source"),
            ("account-recovery requests on major social platforms rose 62 percent",
             ("Digital Safety Lab", "Digital Safety Lab at Carnegie Mellon University"), "named"),
            ("Platforms have built incredibly efficient systems", "Priya Raman", "named"),
            ("If you lose your account, you are basically talking to a wall", "Priya Raman", "named"),
            ("We invest heavily in both automated and human review", "Marcus Lee", "named"),
            ("recently rolled out passkey support", "Marcus Lee", "named"),
            ("the recovery team was cut by roughly half",
             ("two former Glimmer employees who worked on trust and safety", "two former Glimmer employees"), "unnamed"),
            ("a queue that nobody owns", ("one of them", "two former Glimmer employees"), "unnamed",
             "DEBATABLE: 'One of them' -- one of the two unnamed former employees"),
            ("Our teams were restructured, not hollowed out", "Marcus Lee", "named"),
            ("is exactly the problem", "Priya Raman", "named"),
            ("Recovery shouldn't depend on who you know", "Priya Raman", "named"),
            ("a consumer-protection crisis hiding in plain sight", "Teresa Valdez", "named")],
    non_claims=["I am not alone.", "I eventually got my account back", "declined to give a number",
                "Lawmakers have started to notice", "Glimmer disputed that characterization"],
    note="First-person reporter: 'told me', 'When I asked'. Present-tense 'says'. Split attribution 'That, says Raman, is ...'. Named spokesperson -> the person.")


article(id="C18", style="Sky Sports (manager sacking)", text='''Wrexford Athletic have sacked head coach Luis Ortega after just 14 games in charge, with the club sitting 21st in the Championship.

The Spaniard's final game was Saturday's 3-0 home defeat to Millbrook Town, after which supporters chanted for his dismissal.

In a statement released on Monday morning, Wrexford said: "The club would like to thank Luis and his staff for their hard work and commitment. However, results have not met the standards we expect, and the board believes a change is necessary to give us the best chance of achieving our objectives this season.

"First-team coach Danny Mulgrew will take charge of the side on an interim basis, starting with Wednesday's trip to Ashcombe United."

Sky Sports News understands the club's owners have already drawn up a shortlist that includes former Northfield manager Gary Pettigrew and ex-Belgium U21 coach Bram Verhaegen.

Ortega posted a message to supporters on Instagram shortly after the announcement, writing: "I gave everything for this badge. Football is sometimes cruel, but I leave with my head high. Gracias, Wrexford."

Former Wrexford captain Lee Barnaby told Sky Sports News that the decision was "harsh but inevitable".

"When you lose the dressing room, there's only one way it ends," he said. "You could see in the last three games that the players had stopped running for him."

The sacking is the sixth in the Championship this season. According to data from the League Managers Association, the average tenure of a sacked Championship manager last season was 314 days.

Wrexford chairman Erik Halvorsen, who completed his takeover of the club in 2023, had given Ortega his public backing as recently as last month, telling the club's official podcast that the Spaniard had "the full support of the board".''',
    entities=[("Wrexford Athletic", "ORG|PLACE"), ("Luis Ortega", "PERSON"), ("Millbrook Town", "ORG|PLACE"),
              ("Wrexford", "ORG|PLACE"), ("Luis", "PERSON"), ("Danny Mulgrew", "PERSON"), ("Ashcombe United", "ORG|PLACE"),
              ("Sky Sports News", "ORG"), ("Northfield", "ORG|PLACE"), ("Gary Pettigrew", "PERSON"),
              ("Belgium", "ORG|PLACE"), ("Bram Verhaegen", "PERSON"), ("Ortega", "PERSON"), ("Lee Barnaby", "PERSON"),
              ("League Managers Association", "ORG"), ("Erik Halvorsen", "PERSON")],
    claims=[("The club would like to thank Luis and his staff", ("Wrexford Athletic", "Wrexford"), "named"),
            ("First-team coach Danny Mulgrew will take charge", ("Wrexford Athletic", "Wrexford"), "named"),
            ("I gave everything for this badge", "Luis Ortega", "named"),
            ("harsh but inevitable", "Lee Barnaby", "named"),
            ("When you lose the dressing room", "Lee Barnaby", "named"),
            ("You could see in the last three games", "Lee Barnaby", "named"),
            ("the average tenure of a sacked Championship manager", "League Managers Association", "named"),
            ("the full support of the board", "Erik Halvorsen", "named")],
    non_claims=["the club's owners have already drawn up a shortlist", "supporters chanted for his dismissal",
                "The sacking is the sixth in the Championship this season"],
    note="Club statement quote spans two paragraphs (opening quote reopened, no closing quote on the first) -> two claims. 'Sky Sports News understands' = the outlet's own reporting, treated as non-claim. Championship = competition, not entity. 'Belgium U21' = national team -> ORG|PLACE.")


article(id="C19", style="US politics: congressional hearing", text='''WASHINGTON — The chief executive of Meridian Air Cargo told a House panel on Wednesday that his company had "never knowingly" flown aircraft with overdue maintenance, even as lawmakers from both parties confronted him with internal emails suggesting otherwise.

Testifying before the House Transportation and Infrastructure Committee's aviation subcommittee, Richard Stallworth said the emails, first reported by The Washington Post, reflected "the frustration of a few employees, not the policy of this company."

Rep. Angela Whitford, D-Ore., the subcommittee's ranking member, read aloud from one of the messages, in which a maintenance supervisor wrote that a plane was "held together by tape and prayer."

"Mr. Stallworth, your own people were telling you the planes weren't safe. What did you do?" Whitford asked, according to a transcript of the hearing.

Stallworth replied that the company had grounded four aircraft for inspection after the emails surfaced and had hired an outside auditor. "We take every one of these concerns seriously," he said.

Rep. Tom Brannigan, R-Texas, the subcommittee's chairman, said he would ask the Federal Aviation Administration to explain why its inspectors had not flagged the problems earlier. "Either the FAA didn't know, or it knew and did nothing. Neither answer is acceptable," Brannigan said.

In a written statement submitted to the committee, the FAA said it had opened a "comprehensive review" of Meridian's maintenance records in August. The agency added that it "will not hesitate to take enforcement action" if violations are found.

Carlos Ybarra, a former Meridian mechanic who testified on a separate panel, told lawmakers he had been pressured to sign off on repairs he had not been able to complete. "I was told: sign it or find another job," he said.

Meridian's shares fell 4% in after-hours trading.''',
    entities=[("WASHINGTON", "PLACE"), ("Meridian Air Cargo", "ORG"), ("House", "ORG"),
              ("House Transportation and Infrastructure Committee", "ORG"), ("Richard Stallworth", "PERSON"),
              ("The Washington Post", "ORG"), ("Angela Whitford", "PERSON"), ("Ore.", "PLACE"), ("Stallworth", "PERSON"),
              ("Whitford", "PERSON"), ("Tom Brannigan", "PERSON"), ("Texas", "PLACE"),
              ("Federal Aviation Administration", "ORG"), ("FAA", "ORG"), ("Brannigan", "PERSON"), ("Meridian", "ORG"),
              ("Carlos Ybarra", "PERSON")],
    claims=[("never knowingly", "Richard Stallworth", "named",
             "DEBATABLE: lead refers to 'The chief executive of Meridian Air Cargo', named in the next paragraph"),
            ("the frustration of a few employees, not the policy of this company", "Richard Stallworth", "named"),
            ("held together by tape and prayer", "a maintenance supervisor", "unnamed"),
            ("your own people were telling you the planes weren't safe", "Angela Whitford", "named"),
            ("the company had grounded four aircraft", "Richard Stallworth", "named"),
            ("We take every one of these concerns seriously", "Richard Stallworth", "named"),
            ("he would ask the Federal Aviation Administration", "Tom Brannigan", "named"),
            ("Either the FAA didn't know", "Tom Brannigan", "named"),
            ("comprehensive review", ("Federal Aviation Administration", "FAA"), "named"),
            ("will not hesitate to take enforcement action", ("Federal Aviation Administration", "FAA"), "named"),
            ("he had been pressured to sign off on repairs", "Carlos Ybarra", "named"),
            ("I was told: sign it or find another job", "Carlos Ybarra", "named")],
    non_claims=["What did you do?", "Meridian's shares fell 4% in after-hours trading"],
    note="'Rep.' stripped; 'D-Ore.' / 'R-Texas' contain PLACE mentions. 'according to a transcript' attaches a question+statement quote to Whitford. 'The agency added' -> FAA.")


article(id="C20", style="SpaceNews (space-industry trade)", text='''COLORADO SPRINGS, Colo. — Lunar logistics startup Selene Dynamics has won a $212 million NASA contract to deliver up to 1,200 kilograms of cargo to the lunar south pole in 2028, the agency announced April 8.

The award, made under the Commercial Lunar Payload Services (CLPS) program, is the largest single task order in the program's history. Selene Dynamics beat two other bidders, which NASA did not identify.

"This mission will carry instruments that are central to our understanding of water ice at the south pole," said Nicole Farraday, deputy associate administrator for exploration in NASA's Science Mission Directorate, in a statement.

Selene Dynamics chief executive Arjun Mehta said in an interview at the Space Symposium here that the company would use a larger version of its Tern lander, which has yet to fly. "We've completed the critical design review, and qualification testing of the propulsion system starts next month," he said.

Mehta said the company has raised $340 million to date, including a $120 million Series C round led by Kestrel Ventures in January. He declined to say whether Selene would need to raise additional capital before the launch.

Industry analysts were cautious. "CLPS has been a tough program. Landing on the moon is hard, and schedules have slipped for almost everyone," said Carissa Huang, a senior analyst at Apogee Analytics.

Selene has contracted with SpaceX for a Falcon 9 launch, according to a person familiar with the agreement.

The European Space Agency (ESA) is also in talks with Selene about flying a drill experiment on the mission, ESA's director of human and robotic exploration, Klaus Brenner, told SpaceNews. "We are looking at several commercial options, and Selene is one of them," Brenner said.

A report by NASA's Office of Inspector General last year found that CLPS missions had experienced average delays of 14 months, and warned that the agency's approach could leave science payloads stranded.''',
    entities=[("COLORADO SPRINGS", "PLACE"), ("Colo.", "PLACE"), ("Selene Dynamics", "ORG"), ("NASA", "ORG"),
              ("Nicole Farraday", "PERSON"), ("Science Mission Directorate", "ORG"), ("Arjun Mehta", "PERSON"),
              ("Mehta", "PERSON"), ("Kestrel Ventures", "ORG"), ("Selene", "ORG"), ("Carissa Huang", "PERSON"),
              ("Apogee Analytics", "ORG"), ("SpaceX", "ORG"), ("European Space Agency", "ORG"), ("ESA", "ORG"),
              ("Klaus Brenner", "PERSON"), ("SpaceNews", "ORG"), ("Brenner", "PERSON"),
              ("Office of Inspector General", "ORG")],
    claims=[("to deliver up to 1,200 kilograms of cargo", "NASA", "named"),
            ("This mission will carry instruments", "Nicole Farraday", "named"),
            ("the company would use a larger version of its Tern lander", "Arjun Mehta", "named"),
            ("We've completed the critical design review", "Arjun Mehta", "named"),
            ("the company has raised $340 million to date", "Arjun Mehta", "named"),
            ("CLPS has been a tough program", "Carissa Huang", "named"),
            ("Selene has contracted with SpaceX", "a person familiar with the agreement", "unnamed"),
            ("is also in talks with Selene", "Klaus Brenner", "named"),
            ("We are looking at several commercial options", "Klaus Brenner", "named"),
            ("CLPS missions had experienced average delays of 14 months", ("Office of Inspector General", "NASA's Office of Inspector General"), "named"),
            ("could leave science payloads stranded", ("Office of Inspector General", "NASA's Office of Inspector General"), "named")],
    non_claims=["is the largest single task order in the program's history", "which NASA did not identify",
                "Industry analysts were cautious", "He declined to say whether"],
    note="CLPS is a program, Space Symposium an event, Tern / Falcon 9 products: not entities. Dateline 'here' refers to Colorado Springs.")


article(id="C21", style="Weather/disaster update", text='''HAZARD, Ky. — Rescue crews pulled at least 40 people from flooded homes overnight in eastern Kentucky as another round of storms dumped up to 5 inches of rain on already saturated ground, officials said Friday.

The National Weather Service in Jackson issued a flash flood emergency for parts of Perry, Breathitt and Knott counties shortly after 2 a.m., warning of "a life-threatening situation" along the North Fork of the Kentucky River.

"Do not attempt to drive through flooded roadways. Turn around, don't drown," the weather service said in a post on X.

Perry County Emergency Management Director Wade Collier said two people remained unaccounted for as of midmorning. "We've got swift-water teams out from four counties. The water came up faster than anything I've seen since 2022," Collier said.

Gov. Lorraine Tackett declared a state of emergency Friday morning and said the Kentucky National Guard had deployed 120 soldiers and six high-water vehicles to the region.

"Our priority right now is search and rescue. The rebuilding will come, but today is about finding every single person," Tackett said at a news briefing in Frankfort.

The American Red Cross opened shelters at Hazard Community and Technical College and at a church in Jackson. A spokesperson for the organization said about 150 people had stayed overnight.

Residents along Lotts Creek described watching the water rise within minutes. "One second it was in the yard, the next it was at the windows," said Brenda Sizemore, 64, who was rescued from her porch by boat with her husband and their dog.

Meteorologist Chad Whitley of the weather service's Jackson office said additional rainfall of 1 to 2 inches was possible through Saturday evening. "The ground just can't take any more," he said.

Appalachian Ridge Power said more than 18,000 customers were without electricity as of 9 a.m.''',
    entities=[("HAZARD", "PLACE"), ("Ky.", "PLACE"), ("Kentucky", "PLACE"), ("National Weather Service", "ORG"),
              ("Jackson", "PLACE"), ("Perry", "PLACE"), ("Breathitt", "PLACE"), ("Knott", "PLACE"),
              ("North Fork of the Kentucky River", "PLACE"), ("Perry County Emergency Management", "ORG"),
              ("Wade Collier", "PERSON"), ("Collier", "PERSON"), ("Lorraine Tackett", "PERSON"),
              ("Kentucky National Guard", "ORG"), ("Tackett", "PERSON"), ("Frankfort", "PLACE"),
              ("American Red Cross", "ORG"), ("Hazard Community and Technical College", "ORG"), ("Lotts Creek", "PLACE"),
              ("Brenda Sizemore", "PERSON"), ("Chad Whitley", "PERSON"), ("Appalachian Ridge Power", "ORG")],
    claims=[("pulled at least 40 people from flooded homes", "officials", "unnamed"),
            ("a life-threatening situation", ("National Weather Service", "National Weather Service in Jackson"), "named"),
            ("Do not attempt to drive through flooded roadways", "National Weather Service", "named",
             "DEBATABLE: an imperative warning, attributed with 'said'"),
            ("two people remained unaccounted for", "Wade Collier", "named"),
            ("We've got swift-water teams out from four counties", "Wade Collier", "named"),
            ("the Kentucky National Guard had deployed 120 soldiers", "Lorraine Tackett", "named"),
            ("Our priority right now is search and rescue", "Lorraine Tackett", "named"),
            ("about 150 people had stayed overnight", "American Red Cross", "named"),
            ("watching the water rise within minutes", ("residents along Lotts Creek", "residents"), "unnamed",
             "DEBATABLE: 'described watching ...' -- content reported without a that-clause"),
            ("One second it was in the yard", "Brenda Sizemore", "named"),
            ("additional rainfall of 1 to 2 inches was possible", "Chad Whitley", "named"),
            ("The ground just can't take any more", "Chad Whitley", "named"),
            ("more than 18,000 customers were without electricity", "Appalachian Ridge Power", "named")],
    non_claims=["declared a state of emergency Friday morning", "opened shelters at Hazard Community and Technical College"],
    note="'the weather service' is a lowercase follow-up for the NWS. County names in 'Perry, Breathitt and Knott counties' are PLACE. X not annotated.")


article(id="C22", style="Crime blotter / police news roundup", text='''POLICE BRIEFS

Man charged in Main Street bank robbery
A 34-year-old Medford man has been charged with first-degree robbery after police say he handed a teller a note demanding cash at the Cascade Pines Credit Union branch on East Main Street on Tuesday afternoon. Medford Police Lt. Mark Dunning said the suspect, identified as Kyle Brandt, was arrested about 40 minutes later at a motel on Riverside Avenue after a witness called 911. "The community's tips made this arrest possible," Dunning said.

Brandt was being held at the Jackson County Jail on $250,000 bail. Court records show he was released from prison in March after serving a sentence for a similar offense.

Catalytic converters stolen from church vans
Thieves cut the catalytic converters from three vans parked behind Grace Harbor Community Church on West Jackson Street sometime between Saturday night and Sunday morning, according to a police report. Pastor Denise Ulrich said the church would have to cancel its weekly senior shuttle until the vans are repaired. "It's not just metal. It's how our elders get to their doctor's appointments," she said.

Police ask anyone with information to call 541-774-2230.

Goat leads deputies on chase
A goat named Pickles spent much of Thursday morning dodging Jackson County Sheriff's Office deputies near Central Point before being coaxed into a trailer with a bucket of apples. "He was very fast and very unimpressed with us," Sgt. Amy Rios wrote in a Facebook post, which had been shared more than 4,000 times by Friday. The goat's owner told deputies the animal had escaped through a gap in a fence.

Two arrested after Ashland break-ins
Ashland police arrested two teenagers Wednesday in connection with a string of car break-ins in the Railroad District. A department spokesperson said the pair, aged 16 and 17, were found with several stolen wallets and a laptop. Their names were not released because they are minors.

Hit-and-run victim identified
The Oregon State Police on Friday identified the pedestrian killed in a hit-and-run on Highway 62 last weekend as Gerald Hume, 71, of Eagle Point. Troopers said they are looking for a dark-colored pickup with front-end damage.''',
    entities=[("Main Street", "PLACE"), ("Medford", "PLACE"), ("Cascade Pines Credit Union", "ORG"), ("East Main Street", "PLACE"),
              ("Medford Police", "ORG"), ("Mark Dunning", "PERSON"), ("Kyle Brandt", "PERSON"), ("Riverside Avenue", "PLACE"),
              ("Dunning", "PERSON"), ("Brandt", "PERSON"), ("Jackson County Jail", "ORG|PLACE"),
              ("Grace Harbor Community Church", "ORG|PLACE"), ("West Jackson Street", "PLACE"), ("Denise Ulrich", "PERSON"),
              ("Jackson County Sheriff's Office", "ORG"), ("Central Point", "PLACE"), ("Amy Rios", "PERSON"),
              ("Ashland", "PLACE"), ("Railroad District", "PLACE"), ("Oregon State Police", "ORG"),
              ("Highway 62", "PLACE"), ("Gerald Hume", "PERSON"), ("Eagle Point", "PLACE")],
    claims=[("he handed a teller a note demanding cash", "police", "unnamed"),
            ("was arrested about 40 minutes later", "Mark Dunning", "named"),
            ("The community's tips made this arrest possible", "Mark Dunning", "named"),
            ("he was released from prison in March", "court records", "unnamed"),
            ("cut the catalytic converters from three vans", "a police report", "unnamed"),
            ("the church would have to cancel its weekly senior shuttle", "Denise Ulrich", "named"),
            ("It's not just metal", "Denise Ulrich", "named"),
            ("He was very fast and very unimpressed with us", "Amy Rios", "named"),
            ("the animal had escaped through a gap in a fence", "the goat's owner", "unnamed"),
            ("the pair, aged 16 and 17, were found with", ("Ashland police", "a department spokesperson"), "named",
             "DEBATABLE: unnamed spokesperson for 'Ashland police' (place + lowercase police)"),
            ("as Gerald Hume, 71, of Eagle Point", "Oregon State Police", "named",
             "DEBATABLE: 'identified X as Y' -- official identification as a claim"),
            ("they are looking for a dark-colored pickup", ("troopers", "Oregon State Police"), "unnamed",
             "DEBATABLE: unnamed troopers of the named agency")],
    non_claims=["Police ask anyone with information to call", "Their names were not released",
                "Ashland police arrested two teenagers Wednesday"],
    note="Several short items with headlines. Goat 'Pickles' is an animal, not PERSON. 'Medford man' = PLACE used as modifier of a person, still a PLACE mention. Titles Lt., Sgt., Pastor stripped. Facebook not annotated.")


article(id="C23", style="Celebrity/entertainment news", text='''Jordan Vale and Amara Okafor are going their separate ways.

The actor, 38, and the R&B singer, 34, have separated after six years of marriage, a representative for the couple confirmed to E! News on Monday.

"After much love and reflection, Jordan and Amara have made the decision to part ways," the rep said in a statement. "They remain committed to co-parenting their daughter with kindness and respect, and ask for privacy during this time."

Okafor also addressed the news on Instagram, sharing a black-and-white photo of the ocean with the caption, "Some chapters end so new ones can begin. Grateful for every page."

Vale, who stars in the Netflix thriller series Shadow Line, has not posted on social media since the announcement.

A source close to the couple told E! News that the split was "amicable" and had been "a long time coming." "They grew in different directions. There's no drama, no third party," the insider said.

The pair met in 2017 on the set of the music video for Okafor's single "Gold Dust" and married in a private ceremony in Tulum, Mexico, in 2019.

According to court documents obtained by TMZ, Vale filed for divorce in Los Angeles Superior Court on Friday, citing irreconcilable differences and requesting joint legal and physical custody of their 4-year-old daughter.

Okafor's publicist, Tasha Greenberg of Crown & Key PR, declined to comment beyond the statement.''',
    entities=[("Jordan Vale", "PERSON"), ("Amara Okafor", "PERSON"), ("E! News", "ORG"), ("Jordan", "PERSON"),
              ("Amara", "PERSON"), ("Okafor", "PERSON"), ("Vale", "PERSON"), ("Netflix", "ORG"), ("Tulum", "PLACE"),
              ("Mexico", "PLACE"), ("TMZ", "ORG"), ("Los Angeles Superior Court", "ORG"), ("Tasha Greenberg", "PERSON"),
              ("Crown & Key PR", "ORG")],
    claims=[("have separated after six years of marriage", ("a representative for the couple", "Jordan Vale and Amara Okafor"), "unnamed",
             "DEBATABLE: unnamed rep for two named people (spokesperson rule is for organisations)"),
            ("After much love and reflection", ("a representative for the couple", "Jordan Vale and Amara Okafor"), "unnamed",
             "DEBATABLE: 'the rep' follow-up"),
            ("They remain committed to co-parenting", ("a representative for the couple", "Jordan Vale and Amara Okafor"), "unnamed",
             "DEBATABLE: 'the rep' follow-up"),
            ("Some chapters end so new ones can begin", "Amara Okafor", "named",
             "DEBATABLE: Instagram caption ('sharing ... with the caption') as attribution"),
            ("amicable", "a source close to the couple", "unnamed"),
            ("They grew in different directions", "a source close to the couple", "unnamed"),
            ("Vale filed for divorce in Los Angeles Superior Court", ("court documents obtained by TMZ", "TMZ"), "unnamed",
             "DEBATABLE: documents as source vs the outlet that obtained them")],
    non_claims=["has not posted on social media since the announcement", "declined to comment beyond the statement",
                "The pair met in 2017"],
    note="Show title Shadow Line and song 'Gold Dust' are works. 'the insider' -> 'a source close to the couple'. First-name mentions Jordan/Amara inside the quote are PERSON.")


article(id="C24", style="Local council meeting report (UK local democracy)", text='''Plans to turn a disused bus depot in Hollinwood into 96 flats have been approved despite objections from residents who say the area's roads and GP surgeries cannot cope.

Oldham Council's planning committee voted 7-4 in favour of the scheme on Wednesday evening after a two-hour debate.

The developer, Brennan & Marsh Homes, told the committee that 30 per cent of the flats would be offered at affordable rent. It would also contribute £180,000 towards local school places, the company said.

Speaking against the application, resident Janet Holroyd, who has lived on Victoria Road for 41 years, said: "We already wait three weeks for a doctor's appointment. Where are another 200 people supposed to go?"

Cllr Imran Chaudhry (Labour, Hollinwood) backed the plans, arguing the borough "desperately" needed new homes. "Every week I meet families living in overcrowded, damp flats. We cannot keep saying no," he told the meeting.

But Cllr Sue Platt (Lib Dem, Failsworth East) said the scheme was "too dense, too tall and too close to the tram line". She moved a motion to defer the decision until a traffic survey had been completed, which was defeated by seven votes to four.

A report by council planning officers described the site as "sustainable" because of its proximity to Hollinwood tram stop, and recommended approval.

Transport for Greater Manchester (TfGM) said in its consultation response that it had no objection to the plans.

Council leader Cllr Aisha Rahman later said on X that the decision was "good news for Oldham families on the housing waiting list."

Work is expected to begin next spring.''',
    entities=[("Hollinwood", "PLACE"), ("Oldham Council", "ORG"), ("Brennan & Marsh Homes", "ORG"),
              ("Janet Holroyd", "PERSON"), ("Victoria Road", "PLACE"), ("Imran Chaudhry", "PERSON"),
              ("Sue Platt", "PERSON"), ("Failsworth East", "PLACE"), ("Transport for Greater Manchester", "ORG"),
              ("TfGM", "ORG"), ("Aisha Rahman", "PERSON"), ("Oldham", "PLACE")],
    claims=[("the area's roads and GP surgeries cannot cope", "residents", "unnamed"),
            ("30 per cent of the flats would be offered at affordable rent", "Brennan & Marsh Homes", "named"),
            ("It would also contribute £180,000 towards local school places", "Brennan & Marsh Homes", "named"),
            ("We already wait three weeks for a doctor's appointment", "Janet Holroyd", "named"),
            ("needed new homes", "Imran Chaudhry", "named"),
            ("Every week I meet families living in overcrowded, damp flats", "Imran Chaudhry", "named"),
            ("too dense, too tall and too close to the tram line", "Sue Platt", "named"),
            ("sustainable", "council planning officers", "unnamed",
             "DEBATABLE: 'A report by council planning officers described the site as X' -- report with unnamed authors"),
            ("it had no objection to the plans", "Transport for Greater Manchester", "named"),
            ("good news for Oldham families on the housing waiting list", "Aisha Rahman", "named")],
    non_claims=["voted 7-4 in favour of the scheme", "She moved a motion to defer the decision",
                "Work is expected to begin next spring", "Where are another 200 people supposed to go?"],
    note="Party labels in '(Labour, Hollinwood)' / '(Lib Dem, Failsworth East)' treated as labels, not entities; the wards are PLACE. 'Cllr' stripped. Motion reported as action. X not annotated.")


article(id="C25", style="Public-health briefing (Sri Lanka)", text='''COLOMBO: Sri Lanka has recorded 41,862 dengue cases so far this year, nearly double the figure for the same period last year, the Ministry of Health said on Monday, as officials warned that monsoon rains would drive infections higher in the coming weeks.

Speaking at a media briefing at the ministry, Dr. Nilanthi Wickramasinghe, director of the National Dengue Control Unit (NDCU), said the Western Province accounted for 46 percent of cases, with Colombo, Gampaha and Kalutara districts the worst affected.

"We are seeing clusters around construction sites and schools where water is collecting in discarded containers," she said. "Eliminating breeding sites is still the single most effective thing the public can do."

According to NDCU data, 27 deaths have been reported this year, compared with 16 in the same period of 2024.

The ministry said it would deploy 1,500 additional public health inspectors and would work with the Sri Lanka Police and the tri-forces to carry out inspections of premises over the next two weeks. Owners of premises found with mosquito breeding sites could face fines of up to Rs. 25,000, it said.

The Government Medical Officers' Association (GMOA) warned that hospitals in the Western Province were running short of beds and of the platelet testing kits needed to monitor patients.

GMOA spokesman Dr. Chamara Pathirana told reporters that some wards at the Colombo North Teaching Hospital in Ragama were operating at 140 percent of capacity. "Doctors are working double shifts. This is not sustainable," he said.

A ministry spokesperson said additional supplies had been dispatched to hospitals on Sunday.

The World Health Organization (WHO) has said dengue cases worldwide reached record levels in recent years, driven in part by climate change and urbanisation.''',
    entities=[("COLOMBO", "PLACE"), ("Sri Lanka", "PLACE"), ("Ministry of Health", "ORG"),
              ("Nilanthi Wickramasinghe", "PERSON"), ("National Dengue Control Unit", "ORG"), ("NDCU", "ORG"),
              ("Western Province", "PLACE"), ("Colombo", "PLACE"), ("Gampaha", "PLACE"), ("Kalutara", "PLACE"),
              ("Sri Lanka Police", "ORG"), ("Government Medical Officers' Association", "ORG"), ("GMOA", "ORG"),
              ("Chamara Pathirana", "PERSON"), ("Colombo North Teaching Hospital", "ORG|PLACE"), ("Ragama", "PLACE"),
              ("World Health Organization", "ORG"), ("WHO", "ORG")],
    claims=[("has recorded 41,862 dengue cases", "Ministry of Health", "named"),
            ("monsoon rains would drive infections higher", ("officials", "Ministry of Health"), "unnamed",
             "DEBATABLE: unnamed officials, plausibly of the ministry just named"),
            ("the Western Province accounted for 46 percent of cases", "Nilanthi Wickramasinghe", "named"),
            ("We are seeing clusters around construction sites", "Nilanthi Wickramasinghe", "named"),
            ("Eliminating breeding sites is still the single most effective thing", "Nilanthi Wickramasinghe", "named"),
            ("27 deaths have been reported this year", ("National Dengue Control Unit", "NDCU"), "named"),
            ("it would deploy 1,500 additional public health inspectors", "Ministry of Health", "named"),
            ("could face fines of up to Rs. 25,000", "Ministry of Health", "named"),
            ("hospitals in the Western Province were running short of beds", ("Government Medical Officers' Association", "GMOA"), "named"),
            ("some wards at the Colombo North Teaching Hospital", "Chamara Pathirana", "named"),
            ("Doctors are working double shifts", "Chamara Pathirana", "named"),
            ("additional supplies had been dispatched to hospitals", "Ministry of Health", "named"),
            ("dengue cases worldwide reached record levels", ("World Health Organization", "WHO"), "named")],
    non_claims=[],
    note="'the ministry' / 'it said' / 'A ministry spokesperson' -> Ministry of Health. 'GMOA spokesman Dr. Chamara Pathirana' -> ORG + PERSON.")


article(id="C26", style="Press-conference transcript excerpt", text='''TRANSCRIPT: Mayor's briefing on the transit strike (excerpt)

The following is an edited excerpt of remarks by Minneapolis Mayor Daniel Okonkwo-Reyes and Twin Cities Regional Transit Authority general manager Helen Park at City Hall on Tuesday. Questions from reporters have been condensed for length.

MAYOR OKONKWO-REYES: Good afternoon. As of 5 a.m. today, about 60 percent of bus routes are running on a reduced schedule, and light rail is not running at all. I want to be very clear: the city has not walked away from the table, and we will not walk away from the table.

HELEN PARK: Thank you, Mr. Mayor. We have contingency shuttles operating on the four busiest corridors, and paratransit service is continuing as normal. Our best estimate is that 180,000 daily riders are affected.

Q: Kevin Marsh, Channel 7. Transit Workers United Local 412 says you've refused to discuss pensions at all. Is that true?

MAYOR OKONKWO-REYES: That's not accurate. We put a pension proposal on the table on Friday. They rejected it within an hour, and I respect their right to do that, but it is simply false to say we won't discuss it.

Q: How long can the authority sustain this financially?

PARK: Each day of the strike costs the authority about $1.2 million in lost fare revenue, although we are saving on fuel and some operating costs.

Q: Has the governor offered to mediate?

MAYOR OKONKWO-REYES: I spoke with Governor Lisbeth Haraldsen this morning. She has offered the services of the state's mediation bureau, and I've accepted. I hope the union will too.

Q: Anything to say to riders?

MAYOR OKONKWO-REYES: I'm sorry. I know people are walking in the cold, missing shifts, missing appointments. That is on all of us to fix.''',
    entities=[("Minneapolis", "PLACE"), ("Daniel Okonkwo-Reyes", "PERSON"), ("Twin Cities Regional Transit Authority", "ORG"),
              ("Helen Park", "PERSON"), ("City Hall", "ORG|PLACE"), ("OKONKWO-REYES", "PERSON"), ("HELEN PARK", "PERSON"),
              ("Kevin Marsh", "PERSON"), ("Channel 7", "ORG"), ("Transit Workers United Local 412", "ORG"),
              ("PARK", "PERSON"), ("Lisbeth Haraldsen", "PERSON")],
    claims=[("about 60 percent of bus routes are running on a reduced schedule", "Daniel Okonkwo-Reyes", "named"),
            ("We have contingency shuttles operating on the four busiest corridors", "Helen Park", "named"),
            ("you've refused to discuss pensions at all", "Transit Workers United Local 412", "named",
             "DEBATABLE: attributed claim embedded inside a reporter's question"),
            ("We put a pension proposal on the table on Friday", "Daniel Okonkwo-Reyes", "named"),
            ("Each day of the strike costs the authority about $1.2 million", "Helen Park", "named"),
            ("She has offered the services of the state's mediation bureau", "Daniel Okonkwo-Reyes", "named"),
            ("I know people are walking in the cold", "Daniel Okonkwo-Reyes", "named")],
    non_claims=["Is that true?", "How long can the authority sustain this financially?", "Has the governor offered to mediate?",
                "Anything to say to riders?", "Questions from reporters have been condensed for length."],
    note="Speaker labels (MAYOR OKONKWO-REYES:, HELEN PARK:, PARK:) identify speakers; each answer turn is one claim. Upper-case label surfaces are PERSON mentions. 'Minneapolis Mayor' -> PLACE + PERSON.")


article(id="C27", style="Podcast/interview write-up", text='''Former Olympic rower turned venture capitalist Freya Lindgren says the startup world has "a stamina problem, not a talent problem."

Speaking on the latest episode of The Long Game, the business podcast hosted by Ben Adeyemi, Lindgren — who won silver for Sweden at the 2012 Olympics in London before co-founding the Stockholm-based fund Nordkap Capital — argued that founders burn out because investors reward speed over durability.

"In rowing, nobody wins the first 500 metres and then goes home. You have to be able to hold the pace for 2,000. Startups are the same, except we keep cheering for the sprinters," she told Adeyemi.

Adeyemi pushed back, noting that many of the most successful companies of the past decade had grown at breakneck speed. "Isn't speed the whole point of venture capital?" he asked.

Lindgren conceded that "some categories are winner-takes-all," but said that most were not. "For every company that needed to blitzscale, I can show you ten that blitzscaled themselves into the ground," she said.

She also revealed that Nordkap had passed on an early investment in Halcyon Health, the Copenhagen telehealth firm that was later acquired for a reported $900 million. "That one still stings," she said, laughing. "But I'd make the same call again with the information we had."

Asked about Europe's place in the AI race, Lindgren was blunt. "We have the researchers. We don't have the patient capital, and we don't have the appetite for risk at the growth stage," she said. "That's a policy choice, not a law of nature."

Adeyemi, who previously presented a business programme on the BBC World Service, said in an interview after the recording that the episode had drawn more listener questions than any other this season.

The full episode is available on all major podcast platforms.''',
    entities=[("Freya Lindgren", "PERSON"), ("Ben Adeyemi", "PERSON"), ("Lindgren", "PERSON"), ("Sweden", "PLACE"),
              ("London", "PLACE"), ("Stockholm", "PLACE"), ("Nordkap Capital", "ORG"), ("Adeyemi", "PERSON"),
              ("Nordkap", "ORG"), ("Halcyon Health", "ORG"), ("Copenhagen", "PLACE"), ("Europe", "PLACE"),
              ("BBC World Service", "ORG")],
    claims=[("a stamina problem, not a talent problem", "Freya Lindgren", "named"),
            ("founders burn out because investors reward speed", "Freya Lindgren", "named"),
            ("In rowing, nobody wins the first 500 metres", "Freya Lindgren", "named"),
            ("many of the most successful companies of the past decade", "Ben Adeyemi", "named"),
            ("some categories are winner-takes-all", "Freya Lindgren", "named"),
            ("most were not", "Freya Lindgren", "named"),
            ("For every company that needed to blitzscale", "Freya Lindgren", "named"),
            ("Nordkap had passed on an early investment in Halcyon Health", "Freya Lindgren", "named"),
            ("That one still stings", "Freya Lindgren", "named"),
            ("But I'd make the same call again", "Freya Lindgren", "named"),
            ("We have the researchers", "Freya Lindgren", "named"),
            ("That's a policy choice, not a law of nature", "Freya Lindgren", "named"),
            ("the episode had drawn more listener questions", "Ben Adeyemi", "named")],
    non_claims=["Isn't speed the whole point of venture capital?", "later acquired for a reported $900 million",
                "Lindgren was blunt", "The full episode is available"],
    note="Podcast title The Long Game is a work. Olympics = event. Claims via says/argued/noting/conceded/revealed; 'A,' she said, laughing. 'B.' -> two claims.")


article(id="C28", style="Human-rights NGO statement relayed by a small news site", text='''BISHKEK — An international press freedom organisation has called on Kyrgyz authorities to release three journalists from the independent outlet Ala-Too Media, who were detained last week on charges of "calling for mass unrest".

In a statement published on Wednesday, the Vienna-based Centre for Media Freedom and Human Rights (CMFHR) described the arrests as "a grave escalation" in a months-long crackdown on independent reporting.

"These arrests are part of a pattern of intimidation designed to silence the last independent voices in the country," said Elif Demirci, the group's Central Asia programme director. "Journalism is not a crime, and reporting on corruption is not incitement."

The statement said the three – editor Aibek Toktogulov, reporter Nurzat Sadykova and camera operator Ruslan Ismailov – had been held incommunicado for 48 hours before being allowed to see lawyers.

The CMFHR said it had documented at least 19 cases of journalists being detained, fined or banned from leaving the country since January, and urged the European Union and the Organization for Security and Co-operation in Europe (OSCE) to raise the cases with Bishkek.

Kyrgyzstan's State Committee for National Security (GKNB) said in a statement on its website that the journalists had published materials "aimed at destabilising the socio-political situation". The investigation, it added, was being conducted "in strict accordance with the law".

Ala-Too Media's lawyer, Gulmira Asanova, told Steppe Dispatch that her clients denied all charges. "They reported on a public tender. That is their crime," she said.

Bishkek has repeatedly rejected criticism of its media laws, saying they are necessary to combat "false information".

The Kyrgyz foreign ministry did not respond to Steppe Dispatch's request for comment by the time of publication.''',
    entities=[("BISHKEK", "PLACE"), ("Ala-Too Media", "ORG"), ("Vienna", "PLACE"),
              ("Centre for Media Freedom and Human Rights", "ORG"), ("CMFHR", "ORG"), ("Elif Demirci", "PERSON"),
              ("Central Asia", "PLACE"), ("Aibek Toktogulov", "PERSON"), ("Nurzat Sadykova", "PERSON"),
              ("Ruslan Ismailov", "PERSON"), ("European Union", "ORG"),
              ("Organization for Security and Co-operation in Europe", "ORG"), ("OSCE", "ORG"), ("Bishkek", "PLACE"),
              ("Kyrgyzstan", "PLACE"), ("State Committee for National Security", "ORG"), ("GKNB", "ORG"),
              ("Gulmira Asanova", "PERSON"), ("Steppe Dispatch", "ORG")],
    claims=[("a grave escalation", ("Centre for Media Freedom and Human Rights", "CMFHR"), "named",
             "DEBATABLE: 'described the arrests as X'"),
            ("These arrests are part of a pattern of intimidation", "Elif Demirci", "named"),
            ("Journalism is not a crime", "Elif Demirci", "named"),
            ("had been held incommunicado for 48 hours", ("Centre for Media Freedom and Human Rights", "CMFHR"), "named"),
            ("it had documented at least 19 cases", ("Centre for Media Freedom and Human Rights", "CMFHR"), "named"),
            ("aimed at destabilising the socio-political situation", ("State Committee for National Security", "GKNB"), "named"),
            ("in strict accordance with the law", ("State Committee for National Security", "GKNB"), "named"),
            ("her clients denied all charges", "Gulmira Asanova", "named"),
            ("They reported on a public tender", "Gulmira Asanova", "named"),
            ("they are necessary to combat", "Bishkek", "named")],
    non_claims=["has called on Kyrgyz authorities to release three journalists", "did not respond to Steppe Dispatch's request",
                "calling for mass unrest"],
    note="Place as speaker: 'Bishkek ... saying' -> Bishkek. 'The statement said' -> author CMFHR. Parenthetical 'it added'. 'Kyrgyz' adjective not an entity; 'Central Asia' inside a job title is a PLACE mention.")


article(id="C29", style="Defence/military story", text='''TALLINN, Estonia — Estonia's Defence Ministry said on Sunday that a Russian military surveillance aircraft had violated the country's airspace for nearly four minutes near the island of Vaindloo, the third such incident this year, prompting NATO to scramble Italian fighter jets from Ämari Air Base.

The aircraft did not have a flight plan and its transponder was switched off, the ministry said in a statement. It added that Foreign Minister Kristjan Laur would summon Russia's chargé d'affaires in Tallinn on Monday.

"Russia's violation of Estonian airspace is completely unacceptable," Laur wrote on X. "We will respond with the full weight of our diplomatic tools, together with our allies."

NATO's Allied Air Command in Ramstein, Germany, confirmed that two F-35s had been scrambled. A NATO official, speaking on condition of anonymity because they were not authorised to discuss operational details, said the jets had escorted the aircraft out of the area "without incident".

Moscow denied that the aircraft had entered Estonian airspace. Russia's Defence Ministry said the flight was a routine one over neutral waters of the Baltic Sea, carried out "strictly in accordance with international rules".

Two Estonian officials familiar with the incident said the aircraft appeared to be collecting electronic intelligence on a new radar installation on the island of Hiiumaa.

Analysts said the pattern of incidents was deliberate. "It's a probing exercise. They want to see how fast NATO reacts and how loudly Tallinn complains," said Kadri Saar, a senior research fellow at the Baltic Security Institute.

The incident comes weeks after Estonia's parliament, the Riigikogu, approved raising defence spending to 5.4% of GDP from next year.''',
    entities=[("TALLINN", "PLACE"), ("Estonia", "PLACE"), ("Defence Ministry", "ORG"), ("Vaindloo", "PLACE"), ("NATO", "ORG"),
              ("Ämari Air Base", "ORG|PLACE"), ("Kristjan Laur", "PERSON"), ("Russia", "PLACE"), ("Tallinn", "PLACE"),
              ("Laur", "PERSON"), ("Allied Air Command", "ORG"), ("Ramstein", "PLACE"), ("Germany", "PLACE"),
              ("Moscow", "PLACE"), ("Baltic Sea", "PLACE"), ("Hiiumaa", "PLACE"), ("Kadri Saar", "PERSON"),
              ("Baltic Security Institute", "ORG"), ("Riigikogu", "ORG")],
    claims=[("a Russian military surveillance aircraft had violated the country's airspace", ("Estonia's Defence Ministry", "Defence Ministry"), "named"),
            ("The aircraft did not have a flight plan", ("Estonia's Defence Ministry", "Defence Ministry"), "named"),
            ("would summon Russia's chargé d'affaires", ("Estonia's Defence Ministry", "Defence Ministry"), "named"),
            ("Russia's violation of Estonian airspace is completely unacceptable", "Kristjan Laur", "named"),
            ("We will respond with the full weight of our diplomatic tools", "Kristjan Laur", "named"),
            ("two F-35s had been scrambled", "Allied Air Command", "named"),
            ("the jets had escorted the aircraft out of the area", ("NATO", "a NATO official"), "named",
             "DEBATABLE: unnamed official of a named organisation"),
            ("the aircraft had entered Estonian airspace", "Moscow", "named"),
            ("the flight was a routine one over neutral waters", ("Russia's Defence Ministry", "Defence Ministry"), "named"),
            ("the aircraft appeared to be collecting electronic intelligence", ("Estonia", "two Estonian officials familiar with the incident"), "named",
             "DEBATABLE: officials of a country given by adjective -> country, or the noun phrase as worded"),
            ("the pattern of incidents was deliberate", "analysts", "unnamed"),
            ("It's a probing exercise", "Kadri Saar", "named")],
    non_claims=["The incident comes weeks after Estonia's parliament"],
    note="Two different 'Defence Ministry' ORGs (Estonia's, Russia's) with the country as separate PLACE. 'Moscow denied that' = place speaker for Russian government. F-35 is a product.")


article(id="C30", style="Agriculture/commodity report", text='''HANOI/BUON MA THUOT, Vietnam — Robusta coffee farmers in Vietnam's Central Highlands are holding back beans from the market in the hope that prices, already near record highs, will climb further, traders and farmers said this week.

Local prices in Dak Lak province rose to 128,500 dong ($5.05) per kg on Thursday, up from 119,000 dong a week earlier, according to traders in the provincial capital Buon Ma Thuot.

"I have sold only a third of my harvest. Last year I sold everything early and regretted it when prices jumped," said Y Bhin Niê, an Ede farmer who grows coffee on 2 hectares in Krong Pac district.

The Ea Tu Coffee Cooperative, which groups 340 households, said its members were storing around 60% of this season's crop. "Farmers have learnt to wait. They watch the London prices on their phones every morning," cooperative director Nguyen Thi Hoa said.

Exporters said they were struggling to fill contracts signed months ago at lower prices. A trader at a foreign-owned export firm in Ho Chi Minh City, who declined to be named because he was not authorised to speak to media, said some buyers had agreed to delay shipments by up to six weeks.

Robusta futures on ICE Futures Europe settled at $5,140 a tonne on Thursday, up 4.2% on the week.

According to the Vietnam Coffee and Cocoa Association (VICOFA), output in the 2025/26 crop year is expected to rise 6% to 1.76 million tonnes after favourable weather, still well below the 1.84 million tonnes harvested three seasons ago.

Customs data showed coffee exports in October fell 18% from a year earlier to 64,300 tonnes.

Le Quang Minh, an analyst at Saigon Agri Research, warned that hoarding carried risks. "If Brazil's crop comes in big next year, farmers who waited too long could be caught out," he said.''',
    entities=[("HANOI", "PLACE"), ("BUON MA THUOT", "PLACE"), ("Vietnam", "PLACE"), ("Central Highlands", "PLACE"),
              ("Dak Lak", "PLACE"), ("Buon Ma Thuot", "PLACE"), ("Y Bhin Niê", "PERSON"), ("Krong Pac", "PLACE"),
              ("Ea Tu Coffee Cooperative", "ORG"), ("London", "PLACE"), ("Nguyen Thi Hoa", "PERSON"),
              ("Ho Chi Minh City", "PLACE"), ("ICE Futures Europe", "ORG"), ("Vietnam Coffee and Cocoa Association", "ORG"),
              ("VICOFA", "ORG"), ("Le Quang Minh", "PERSON"), ("Saigon Agri Research", "ORG"), ("Brazil", "PLACE")],
    claims=[("are holding back beans from the market", "traders and farmers", "unnamed"),
            ("rose to 128,500 dong ($5.05) per kg", ("traders in the provincial capital Buon Ma Thuot", "traders"), "unnamed"),
            ("I have sold only a third of my harvest", "Y Bhin Niê", "named"),
            ("its members were storing around 60%", "Ea Tu Coffee Cooperative", "named"),
            ("Farmers have learnt to wait", "Nguyen Thi Hoa", "named"),
            ("they were struggling to fill contracts", "exporters", "unnamed"),
            ("some buyers had agreed to delay shipments", ("a trader at a foreign-owned export firm in Ho Chi Minh City", "a trader"), "unnamed"),
            ("output in the 2025/26 crop year is expected to rise 6%", ("Vietnam Coffee and Cocoa Association", "VICOFA"), "named"),
            ("coffee exports in October fell 18%", "customs data", "unnamed"),
            ("hoarding carried risks", "Le Quang Minh", "named"),
            ("If Brazil's crop comes in big next year", "Le Quang Minh", "named")],
    non_claims=["settled at $5,140 a tonne on Thursday"],
    note="'Ede' (ethnic group) adjective, not an entity. Vietnamese names given in full, surname-first. 'London prices' = London market -> PLACE.")
