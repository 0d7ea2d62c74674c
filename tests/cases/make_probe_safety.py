"""Writes probe-safety.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's, county's or
district's progress table or half-year/annual summary for work safety, emergency management, fire,
road traffic safety, food and drug safety, public security and social governance (应急管理局,
消防救援支队, 公安交警, 市场监管局, 信访局, 政法委/综治): the task is the year's target (生产安全
事故起数和死亡人数 "双下降", 下降X%, 控制在X人/起以内, 不超过, 较大及以上事故 "零发生", 亿元GDP
生产安全事故死亡率, 万车死亡率, 火灾起数, 隐患排查整治 and 整改率, 执法检查 家次, 应急演练 场次,
应急避难场所, 微型消防站, 食品抽检 批次/千人 and 合格率, 刑事案件发案下降, 矛盾纠纷化解率,
信访总量下降, 群众安全感), the progress is what the bureau reported (同比下降/上升, 分别, 其中,
累计, 上年同期 baselines, 持平, 未发生 in words, 预计 forecasts, restated control targets
(省下达控制指标为X人), completion shares, checks vs problems found vs rectified, 家 vs 家次,
submitted or recommended candidates, rows where nothing answers). Ratios follow SCHEMA.md: actual /
target in one unit; for an upper bound (控制在…以内) below 1 is good; a reduction answered by a
reduction is positive, a reduction answered by a rise (上升) negative. Five rows are in traditional
characters; some use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated (dates, grade labels 三级, the rate bases 万台 / 十萬人 / 百万人口, the term 一次性).
Run: python tests/cases/make_probe_safety.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe17")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Work safety, emergency management, fire, traffic, food and drug safety, public security and
# social governance progress tables (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 市应急管理局: 双下降 without number, a cap restated in the progress, last year's values as baselines (42人 restated as baseline)
P = "1-11月"
row("市应急管理局、市安委会各成员单位",
    "全市生产安全事故起数、死亡人数实现“双下降”,死亡人数控制在省下达的45人控制指标以内,坚决遏制较大及以上生产安全事故。",
    "1-11月,全市共发生生产安全事故53起、死亡36人,同比分别下降11.7%和14.3%(上年同期为60起、42人),死亡人数为省下达控制指标45人的80%;未发生较大及以上生产安全事故。",
    targets=[M("45人", 45, "人", "生产安全事故死亡人数", bound="max")],
    actuals=[M("53起", 53, "起", "生产安全事故", period=P),
             M("36人", 36, "人", "生产安全事故死亡", period=P),
             M("11.7%", 11.7, "%", "事故起数同比下降", kind="reduction", period=P),
             M("14.3%", 14.3, "%", "死亡人数同比下降", kind="reduction", period=P),
             M("60起", 60, "起", "上年同期生产安全事故(baseline)"),
             M("42人", 42, "人", "上年同期死亡人数(baseline)"),
             M("45人", 45, "人", "省下达控制指标(restated target)"),
             M("80%", 80, "%", "死亡人数占控制指标的(比例)", period=P)],
    pairs=[("t1", ["a2"])],
    note="Upper bound: 36人 against the 45人 cap (0.8; below 1 is good). The 45人 in the progress restates the cap and does not answer itself (would-be 1.0); 60起/42人 are last year's values (baselines). 双下降 has no number, so the two reductions (11.7%, 14.3%) have no target to answer; 80% is a share, not an amount. 较大及以上 is a severity class; 未发生 is in words only.")

# 2 区应急管理局: reductions via 分别 in the task; one answered by a fall, one by a rise (negative ratio); 亿元GDP rate against a cap, last year's rate as baseline
P = "上半年"
row("区应急管理局",
    "生产安全事故起数和死亡人数较上年分别下降5%和8%,亿元GDP生产安全事故死亡率控制在0.018以内。",
    "上半年,全区发生生产安全事故19起,同比下降9.5%;死亡11人,同比上升10%(上年同期死亡10人);亿元GDP生产安全事故死亡率为0.013,低于上年同期的0.016。",
    targets=[M("5%", 5, "%", "生产安全事故起数", kind="reduction"),
             M("8%", 8, "%", "生产安全事故死亡人数", kind="reduction"),
             M("0.018", 0.018, "人/亿元", "亿元GDP生产安全事故死亡率", bound="max", unit_inferred=True)],
    actuals=[M("19起", 19, "起", "生产安全事故", period=P),
             M("9.5%", 9.5, "%", "生产安全事故起数同比下降", kind="reduction", period=P),
             M("11人", 11, "人", "生产安全事故死亡", period=P),
             M("10%", 10, "%", "死亡人数同比上升", kind="growth", period=P),
             M("10人", 10, "人", "上年同期死亡人数(baseline)"),
             M("0.013", 0.013, "人/亿元", "亿元GDP生产安全事故死亡率", unit_inferred=True, period=P),
             M("0.016", 0.016, "人/亿元", "上年同期亿元GDP生产安全事故死亡率(baseline)", unit_inferred=True)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="分别 maps 5% to 起数 and 8% to 死亡人数. 起数 fell 9.5% against a 5% reduction (1.9); deaths rose 10% against an 8% reduction (signed ratio -1.25). The half-year rate per 亿元 GDP is a rate of the same measure: 0.013 against the 0.018 cap (0.7222); 0.016 is last year's (baseline). The counts 19起/11人 do not answer percent reductions. 亿元GDP names the rate's basis.")

# 3 市公安局交警支队: 万车死亡率 cap (unit inferred), its change, 零发生 in words, a combined 酒驾醉驾 target answered by the sum of its two parts, a 其中 part
P = "1-10月"
row("市公安局交警支队",
    "道路交通事故死亡人数同比下降8%,万车死亡率控制在1.6以下,较大道路交通事故“零发生”;查处酒驾醉驾违法行为3000起。",
    "1-10月,全市共发生道路交通死亡事故58起、死亡63人,同比分别下降6.5%和8.7%;万车死亡率为1.42,较去年同期下降0.21;未发生较大道路交通事故。查处酒驾违法行为2876起、醉驾违法行为743起,其中移送起诉醉驾案件705起。",
    targets=[M("8%", 8, "%", "道路交通事故死亡人数", kind="reduction"),
             M("1.6", 1.6, "人/万车", "万车死亡率", bound="max", unit_inferred=True),
             M("3000起", 3000, "起", "查处酒驾醉驾违法行为")],
    actuals=[M("58起", 58, "起", "道路交通死亡事故", period=P),
             M("63人", 63, "人", "道路交通事故死亡", period=P),
             M("6.5%", 6.5, "%", "死亡事故起数同比下降", kind="reduction", period=P),
             M("8.7%", 8.7, "%", "死亡人数同比下降", kind="reduction", period=P),
             M("1.42", 1.42, "人/万车", "万车死亡率", unit_inferred=True, period=P),
             M("0.21", 0.21, "人/万车", "万车死亡率较去年同期下降", kind="reduction", unit_inferred=True, period=P),
             M("2876起", 2876, "起", "查处酒驾违法行为", period=P),
             M("743起", 743, "起", "查处醉驾违法行为", period=P),
             M("705起", 705, "起", "移送起诉醉驾案件", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a7", "a8"])],
    note="分别 maps 6.5% to 死亡事故起数 and 8.7% to 死亡人数: the death reduction answers (8.7/8 = 1.0875); the 起数 fall has no target. 万车死亡率 1.42 under the 1.6 cap (0.8875); 0.21 is its change, not the rate. The target counts 酒驾醉驾 together: 2876 + 743 = 3619 (combine sum, 1.2063); the 705 prosecuted are a 其中 part of 醉驾 and not added again. 零发生/未发生 are words only.")

# 4 市消防救援支队: fire count cap answered by 接报火灾, 亡人火灾 cap ('2起' inside '512起'), this year's stations vs the cumulative stock, checks vs hazards found vs rectified
P = "截至11月底"
row("市消防救援支队",
    "火灾起数控制在600起以内、亡人火灾不超过3起,杜绝较大及以上亡人火灾;新建社区微型消防站40个;全年检查社会单位8000家次。",
    "截至11月底,全市共接报火灾512起,同比下降7.9%,亡人火灾2起、死亡2人,未发生较大以上亡人火灾;新建社区微型消防站43个,累计建成微型消防站386个;检查社会单位9214家次,发现火灾隐患1.26万处,督促整改1.19万处,临时查封场所87家。",
    targets=[M("600起", 600, "起", "火灾起数", bound="max"),
             M("3起", 3, "起", "亡人火灾", bound="max"),
             M("40个", 40, "个", "新建社区微型消防站"),
             M("8000家次", 8000, "家次", "检查社会单位")],
    actuals=[M("512起", 512, "起", "接报火灾", period=P),
             M("7.9%", 7.9, "%", "接报火灾同比下降", kind="reduction", period=P),
             M("2起", 2, "起", "亡人火灾", nth=1, period=P),
             M("2人", 2, "人", "火灾死亡", period=P),
             M("43个", 43, "个", "新建社区微型消防站", period=P),
             M("386个", 386, "个", "累计建成微型消防站(stock)", period=P),
             M("9214家次", 9214, "家次", "检查社会单位", period=P),
             M("1.26万处", 1.26, "万处", "发现火灾隐患", period=P),
             M("1.19万处", 1.19, "万处", "督促整改火灾隐患", period=P),
             M("87家", 87, "家", "临时查封场所", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="Caps: 512/600 = 0.8533, 亡人火灾 2/3 = 0.6667 ('2起' nth 0 lies inside '512起'). 43/40 = 1.075; the cumulative 386个 is a stock and does not answer the new-build target. Checks 9214/8000 = 1.1518; hazards found and rectified are other measures. The 7.9% fall has no reduction target.")

# 5 市应急管理局: 三年 duration, 排查整治 answered by rectified (not found), a remainder in progress, 整改率 with 以上, checks vs cases and fines
P = "今年以来"
row("市应急管理局、市安委办",
    "深化安全生产治本攻坚三年行动,全年排查整治重大事故隐患120项,一般隐患整改率达到98%以上,执法检查企业1500家次。",
    "今年以来,共排查重大事故隐患137项,已整改销号118项,其余19项正在落实整改措施,整改期间均落实了管控措施;排查一般隐患2.35万项,整改2.31万项,整改率98.3%;开展执法检查1623家次,立案处罚142起,罚没款486.2万元。",
    targets=[M("120项", 120, "项", "排查整治重大事故隐患"),
             M("98%", 98, "%", "一般隐患整改率", bound="min"),
             M("1500家次", 1500, "家次", "执法检查企业")],
    other=[O("三年", 3, "年", "duration (治本攻坚三年行动)")],
    actuals=[M("137项", 137, "项", "排查重大事故隐患", period=P),
             M("118项", 118, "项", "重大事故隐患已整改销号", period=P),
             M("19项", 19, "项", "正在整改的重大事故隐患", period=P),
             M("2.35万项", 2.35, "万项", "排查一般隐患", period=P),
             M("2.31万项", 2.31, "万项", "整改一般隐患", period=P),
             M("98.3%", 98.3, "%", "一般隐患整改率", period=P),
             M("1623家次", 1623, "家次", "执法检查", period=P),
             M("142起", 142, "起", "立案处罚", period=P),
             M("486.2万元", 486.2, "万元", "罚没款", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="排查整治 means found and rectified: the 118项 整改销号 answer (0.9833), not the 137 found (would-be 1.1417); the 19 still being rectified are not done. 整改率 98.3% against 98%以上 (1.0031). Checks 1623/1500 = 1.082; cases and fines have no target. 三年 is the campaign's duration.")

# 6 县应急管理局: drills with participants and a 其中 part, shelters with a forecast remainder, area in 万平方米, training 期 vs 人次
P = "上半年"
row("县应急管理局、各乡镇人民政府",
    "组织开展各类应急演练200场次以上,新建(改造)应急避难场所5个、新增避难场所面积3万平方米,培训应急救援队伍人员1000人次。",
    "上半年,全县各乡镇、部门及重点企业共组织应急演练136场次,参演人员2.1万人次,其中开展防汛防地质灾害实战演练18场次;已完成城东公园、体育中心2个应急避难场所改造,新增避难面积1.26万平方米,另有3个正在施工,预计10月底前建成;举办应急救援队伍培训班6期、培训412人次。",
    targets=[M("200场次", 200, "场次", "应急演练", bound="min"),
             M("5个", 5, "个", "新建(改造)应急避难场所"),
             M("3万平方米", 3, "万平方米", "新增避难场所面积"),
             M("1000人次", 1000, "人次", "培训应急救援队伍人员")],
    actuals=[M("136场次", 136, "场次", "组织应急演练", period=P),
             M("2.1万人次", 2.1, "万人次", "参演人员", period=P),
             M("18场次", 18, "场次", "防汛防地质灾害实战演练", period=P),
             M("2个", 2, "个", "已完成改造的应急避难场所", period=P),
             M("1.26万平方米", 1.26, "万平方米", "新增避难面积", period=P),
             M("3个", 3, "个", "正在施工的应急避难场所(预计10月底前建成)"),
             M("6期", 6, "期", "应急救援队伍培训班", period=P),
             M("412人次", 412, "人次", "培训应急救援队伍人员", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a8"])],
    note="Half-year figures against annual targets: 136/200 = 0.68 (the 18 flood drills are a 其中 part), shelters done 2/5 = 0.4 (the 3 under construction are a forecast, would-be sum 1.0), area 1.26/3 = 0.42, trainees 412/1000 = 0.412. 参演人员2.1万人次 are drill participants, not trainees; 6期 counts classes. 10月底 is a date.")

# 7 市市场监管局: 批次/千人 target answered by the per-thousand rate, not by the batch total; completion share; quick tests with a 其中 part; recommended street blocks
P = "截至9月底"
row("市市场监管局",
    "食品安全抽检量达到5批次/千人,抽检合格率保持在97%以上,完成农贸市场快检8万批次;创建省级食品安全示范街区2条。",
    "截至9月底,全市累计完成食品安全监督抽检3862批次,折合3.9批次/千人,完成年度任务的78%;抽检合格率97.6%,不合格样品已全部完成核查处置;农贸市场快检6.35万批次,其中农药残留快检4.12万批次;2条示范街区已通过市级初审,已推荐至省里参评。",
    targets=[M("5批次/千人", 5, "批次/千人", "食品安全抽检量"),
             M("97%", 97, "%", "食品安全抽检合格率", bound="min"),
             M("8万批次", 8, "万批次", "农贸市场快检"),
             M("2条", 2, "条", "创建省级食品安全示范街区")],
    actuals=[M("3862批次", 3862, "批次", "累计完成食品安全监督抽检", period=P),
             M("3.9批次/千人", 3.9, "批次/千人", "食品安全抽检量", period=P),
             M("78%", 78, "%", "完成年度任务的(比例)", period=P),
             M("97.6%", 97.6, "%", "抽检合格率", period=P),
             M("6.35万批次", 6.35, "万批次", "农贸市场快检", period=P),
             M("4.12万批次", 4.12, "万批次", "农药残留快检", period=P),
             M("2条", 2, "条", "已推荐至省里参评的示范街区(candidates)")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="The per-thousand target is answered by the rate 3.9批次/千人 (0.78), not by the batch total 3862批次 (another unit); 完成年度任务的78% is a share. 97.6/97 = 1.0062. Quick tests 6.35/8 = 0.7937; 农药残留 is a 其中 part. The 2 street blocks are only recommended (推荐, 市级初审): candidates do not answer a target to create (would-be 1.0).")

# 8 县信访局: reduction answered by a fall, 化解率 with 以上, 越级上访 reduction answered by a rise (negative), 其中 channels; 一次性 is a term
P = "1-6月"
row("县信访局、县委政法委",
    "信访总量同比下降10%,初信初访一次性化解率达到90%以上,进京赴省越级上访人次下降20%。",
    "1-6月,全县信访总量1246件次,同比下降13.2%,其中来信来访612件次、网上信访634件次;初信初访一次性化解率92.4%;进京赴省越级上访23人次,同比上升15%,主要集中在征地拆迁和劳资纠纷领域。",
    targets=[M("10%", 10, "%", "信访总量", kind="reduction"),
             M("90%", 90, "%", "初信初访一次性化解率", bound="min"),
             M("20%", 20, "%", "进京赴省越级上访人次", kind="reduction")],
    actuals=[M("1246件次", 1246, "件次", "信访总量", period=P),
             M("13.2%", 13.2, "%", "信访总量同比下降", kind="reduction", period=P),
             M("612件次", 612, "件次", "来信来访", period=P),
             M("634件次", 634, "件次", "网上信访", period=P),
             M("92.4%", 92.4, "%", "初信初访一次性化解率", period=P),
             M("23人次", 23, "人次", "进京赴省越级上访", period=P),
             M("15%", 15, "%", "进京赴省越级上访同比上升", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="信访总量 fell 13.2% against a 10% reduction (1.32); 1246件次 is the level and its two 其中 channels add up to it. 92.4/90 = 1.0267. 越级上访 rose 15% against a 20% reduction: signed ratio -0.75. 一次性 (in 一次性化解率, both columns) is part of the indicator's name, not a count.")

# 9 区委政法委: 化解成功率 answered by the rate (not the counts), 安全感 with its change and a different measure (满意度), 发案 reduction answered by 立案 fall, 其中 part
P = "全年"
row("区委政法委、区公安分局、区司法局",
    "矛盾纠纷排查化解成功率达到98%,群众安全感达到96%以上,刑事案件发案数下降5%。",
    "全年共排查各类矛盾纠纷8652件,调解成功8517件,化解成功率98.4%;第三方测评显示群众安全感96.8%,较上年提高0.6个百分点,群众对平安建设满意度95.2%;全年刑事案件立案2137起,同比下降12.6%,其中八类严重暴力犯罪案件立案31起,现行命案全部侦破。",
    targets=[M("98%", 98, "%", "矛盾纠纷排查化解成功率"),
             M("96%", 96, "%", "群众安全感", bound="min"),
             M("5%", 5, "%", "刑事案件发案数", kind="reduction")],
    actuals=[M("8652件", 8652, "件", "排查矛盾纠纷", period=P),
             M("8517件", 8517, "件", "调解成功矛盾纠纷", period=P),
             M("98.4%", 98.4, "%", "矛盾纠纷化解成功率", period=P),
             M("96.8%", 96.8, "%", "群众安全感"),
             M("0.6个百分点", 0.6, "个百分点", "群众安全感较上年提高", kind="growth"),
             M("95.2%", 95.2, "%", "群众对平安建设满意度"),
             M("2137起", 2137, "起", "刑事案件立案", period=P),
             M("12.6%", 12.6, "%", "刑事案件立案同比下降", kind="reduction", period=P),
             M("31起", 31, "起", "八类严重暴力犯罪案件立案", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a8"])],
    note="化解成功率 98.4/98 = 1.0041 (8652 and 8517 are its denominator and numerator). 安全感 96.8/96 = 1.0083; its 0.6-point change and the 满意度 95.2% (another measure) do not answer. 刑事案件立案 is the recorded 发案: 12.6/5 = 2.52; 八类严重暴力犯罪 31起 is a 其中 part. 第三方 and 八类 are not counts.")

# 10 縣應急管理局 (traditional): death cap answered by the all-sector total, a sector reduction answered through 其中 + 分別
P = "截至6月底"
row("縣應急管理局、縣交通運輸局、縣市場監管局",
    "全縣生產安全事故死亡人數控制在12人以內,較大及以上事故“零發生”,工礦商貿領域事故起數下降10%。",
    "截至6月底,全縣共發生生產安全事故9起、死亡7人,其中道路運輸領域4起、死亡4人,工礦商貿領域3起、死亡2人,同比分別下降25%和33.3%;未發生較大及以上事故。",
    targets=[M("12人", 12, "人", "生產安全事故死亡人數", bound="max"),
             M("10%", 10, "%", "工礦商貿領域事故起數", kind="reduction")],
    actuals=[M("9起", 9, "起", "生產安全事故", period=P),
             M("7人", 7, "人", "生產安全事故死亡", period=P),
             M("4起", 4, "起", "道路運輸領域事故", period=P),
             M("4人", 4, "人", "道路運輸領域事故死亡", period=P),
             M("3起", 3, "起", "工礦商貿領域事故", period=P),
             M("2人", 2, "人", "工礦商貿領域事故死亡", period=P),
             M("25%", 25, "%", "工礦商貿領域事故起數同比下降", kind="reduction", period=P),
             M("33.3%", 33.3, "%", "工礦商貿領域死亡人數同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a7"])],
    note="Traditional characters. The county-wide death cap is answered by the total 7人 (7/12 = 0.5833), not by the sector parts. 同比分別下降25%和33.3% follow the 工礦商貿 counts (3起, 2人): the 起數 fall answers the sector reduction (25/10 = 2.5); the death fall has no target. 零發生/未發生 are words only.")

# 11 市市场监管局: three sampling targets answered by a 分别为 list, a 合计 without target, coverage 100% with 家次 and the firm stock
P = "截至10月底"
row("市市场监管局(市药品监管局)",
    "完成药品抽检600批次、医疗器械抽检150批次、化妆品抽检200批次,药品零售企业检查覆盖率100%。",
    "截至10月底,已完成药品、医疗器械、化妆品抽检分别为612批次、138批次、205批次,合计955批次;检查药品零售企业1286家次,覆盖全部1032家持证企业,覆盖率100%,责令整改问题企业64家。",
    targets=[M("600批次", 600, "批次", "药品抽检"),
             M("150批次", 150, "批次", "医疗器械抽检"),
             M("200批次", 200, "批次", "化妆品抽检"),
             M("100%", 100, "%", "药品零售企业检查覆盖率")],
    actuals=[M("612批次", 612, "批次", "药品抽检", period=P),
             M("138批次", 138, "批次", "医疗器械抽检", period=P),
             M("205批次", 205, "批次", "化妆品抽检", period=P),
             M("955批次", 955, "批次", "三类抽检合计", period=P),
             M("1286家次", 1286, "家次", "检查药品零售企业", period=P),
             M("1032家", 1032, "家", "持证药品零售企业(scope)"),
             M("100%", 100, "%", "药品零售企业检查覆盖率", period=P),
             M("64家", 64, "家", "责令整改问题企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a7"])],
    note="分别为 maps in order: 612/600 = 1.02, 138/150 = 0.92, 205/200 = 1.025; the 合计 955批次 has no target of its own. Coverage 100/100 = 1.0; 1286家次 are visits and 1032家 the stock of licensed firms (the denominator).")

# 12 市林业局 (nothing answers): a ‰ cap with no rate reported, 火情 counts, a forecast, a target moved to next year's plan
row("市林业局、市应急管理局",
    "全市森林火灾受害率控制在0.8‰以内,新建森林消防蓄水池20座,建设生物防火林带15公里。",
    "森林防火各项工作有序推进。蓄水池选址已全部完成,20座蓄水池预计11月底前完工;生物防火林带15公里已纳入明年春季造林计划;今年以来全市共发生森林火情3起,均在当日扑灭,未形成森林火灾。",
    targets=[M("0.8‰", 0.8, "‰", "森林火灾受害率", bound="max"),
             M("20座", 20, "座", "新建森林消防蓄水池"),
             M("15公里", 15, "公里", "建设生物防火林带")],
    actuals=[M("20座", 20, "座", "预计11月底前完工的蓄水池(forecast)"),
             M("15公里", 15, "公里", "纳入明年造林计划的生物防火林带(plan)"),
             M("3起", 3, "起", "森林火情", period="今年以来")],
    note="Nothing answers: the 20 pools are only expected by 11月底 (forecast, would-be 1.0); the 15公里 belt is moved into next year's plan (restated, would-be 1.0); 火情3起 are incidents that did not become fires and no 受害率 is reported (未形成森林火灾 is in words).")

# 13 区应急管理局: 家 vs 家次 (distinct firms answer a firm count), problems found vs rectified, cases with some still under investigation
P = "今年以来"
row("区应急管理局",
    "对全区危险化学品企业开展全覆盖执法检查,检查企业不少于180家,实施行政处罚案件40起以上。",
    "今年以来,共检查危险化学品企业186家、426家次,实现全覆盖;发现隐患问题1357条,已整改1302条;实施行政处罚37起,罚款金额168.5万元,另有5起案件正在调查取证。",
    targets=[M("180家", 180, "家", "检查危险化学品企业", bound="min"),
             M("40起", 40, "起", "实施行政处罚案件", bound="min")],
    actuals=[M("186家", 186, "家", "检查危险化学品企业", period=P),
             M("426家次", 426, "家次", "检查危险化学品企业(visits)", period=P),
             M("1357条", 1357, "条", "发现隐患问题", period=P),
             M("1302条", 1302, "条", "已整改隐患问题", period=P),
             M("37起", 37, "起", "实施行政处罚", period=P),
             M("168.5万元", 168.5, "万元", "罚款金额", period=P),
             M("5起", 5, "起", "正在调查取证的案件", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="The target counts firms (家): 186/180 = 1.0333; 426家次 counts visits (would-be 2.3667). Penalty cases 37/40 = 0.925; the 5 still under investigation are not decided (would-be sum 1.05). Hazards found and rectified have no target.")

# 14 县公安局交警大队 (full-width digits): a cap answered by the count, its absolute fall, guardrail with a 其中 part, model towns only submitted
P = "截至１０月底"
row("县公安局交警大队、县交通运输局、县农业农村局",
    "农村道路交通事故死亡人数控制在２５人以内,新增农村道路安全防护栏１２０公里,创建“平安农机”示范乡镇３个。",
    "截至１０月底,全县农村道路交通事故死亡１９人,较上年同期减少４人;新增农村道路安全防护栏９６．５公里,其中波形护栏７２公里;３个示范乡镇创建材料已上报市农业农村局,待验收。",
    targets=[M("２５人", 25, "人", "农村道路交通事故死亡人数", bound="max"),
             M("１２０公里", 120, "公里", "新增农村道路安全防护栏"),
             M("３个", 3, "个", "创建“平安农机”示范乡镇")],
    actuals=[M("１９人", 19, "人", "农村道路交通事故死亡", period=P),
             M("４人", 4, "人", "死亡人数较上年同期减少", period=P),
             M("９６．５公里", 96.5, "公里", "新增农村道路安全防护栏", period=P),
             M("７２公里", 72, "公里", "波形护栏", period=P),
             M("３个", 3, "个", "已上报待验收的示范乡镇(candidates)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Full-width digits. Cap: 19/25 = 0.76; 减少4人 is the change on last year. Guardrail 96.5/120 = 0.8042 (波形护栏 is its part). The 3 towns are only submitted and awaiting acceptance (已上报, 待验收): unpaired (would-be 1.0). “平安农机” is a slogan.")

# 15 市消防救援支队: A、B均 in the progress answers two 分别 rate targets, chargers with the 小区 they cover
P = "截至11月底"
row("市消防救援支队、市住房城乡建设局",
    "新建电动自行车集中充电端口5000个;高层住宅建筑、大型商业综合体消防设施完好率分别达到90%、95%。",
    "截至11月底,全市新建电动自行车集中充电端口5862个,覆盖小区416个;经第三方检测评估,高层住宅建筑、大型商业综合体消防设施完好率均达到96%以上;查处电动自行车违规停放充电行为1.2万起。",
    targets=[M("5000个", 5000, "个", "新建电动自行车集中充电端口"),
             M("90%", 90, "%", "高层住宅建筑消防设施完好率"),
             M("95%", 95, "%", "大型商业综合体消防设施完好率")],
    actuals=[M("5862个", 5862, "个", "新建电动自行车集中充电端口", period=P),
             M("416个", 416, "个", "覆盖小区", period=P),
             M("96%", 96, "%", "高层住宅建筑、大型商业综合体消防设施完好率(均)", period=P),
             M("1.2万起", 1.2, "万起", "查处电动自行车违规停放充电行为", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a3"])],
    note="5862/5000 = 1.1724; 416个 counts the 小区 covered, not ports. A、B均达到96%以上: one mention states the rate of both building types, so it answers both targets (96/90 = 1.0667, 96/95 = 1.0105); 以上 on an actual is not a bound. 1.2万起 has no target. 第三方 is not a count.")

# 16 县应急管理局: a building target in progress (no number), township points answered by '18个乡镇全部建成', stock items in three units, value under a 不少于 target
row("县应急管理局、县发展改革局(粮食和物资储备局)",
    "建成县级应急物资储备库1个、乡镇应急物资储备点18个,储备帐篷、折叠床等救灾物资价值不少于500万元。",
    "县级应急物资储备库已完成主体建设,正在进行内部装修,计划12月投用;18个乡镇全部建成应急物资储备点,其中标准化储备点12个;已采购帐篷800顶、折叠床1500张、棉被3000床,物资价值合计386万元。",
    targets=[M("1个", 1, "个", "建成县级应急物资储备库"),
             M("18个", 18, "个", "建成乡镇应急物资储备点"),
             M("500万元", 500, "万元", "储备救灾物资价值", bound="min")],
    actuals=[M("18个", 18, "个", "建成应急物资储备点的乡镇"),
             M("12个", 12, "个", "标准化储备点"),
             M("800顶", 800, "顶", "采购帐篷"),
             M("1500张", 1500, "张", "采购折叠床"),
             M("3000床", 3000, "床", "采购棉被"),
             M("386万元", 386, "万元", "救灾物资价值合计")],
    pairs=[("t2", ["a1"]), ("t3", ["a6"])],
    note="The county depot is still being fitted out (plan 12月投用) and has no count: unpaired. 18个乡镇全部建成 means one point in each of the 18 townships: 18/18 = 1.0 (标准化12个 is a 其中 part). Value 386/500 = 0.772; the tents, beds and quilts are the items behind it, in other units.")

# 17 市公安局: 电诈 reduction and a 破案 rise target (上升 = growth), 挽损 under 不少于, warnings issued vs people dissuaded, a loss avoided
P = "1-9月"
row("市公安局、市反诈中心",
    "电信网络诈骗案件发案数同比下降15%,破案数上升10%,追赃挽损金额不少于3000万元,劝阻预警群众5万人次。",
    "1-9月,全市电信网络诈骗案件发案1862起,同比下降21.4%;破获电诈案件734起,同比上升8.3%,抓获犯罪嫌疑人1126名;追赃挽损2786万元;累计发出预警指令6.8万条,成功劝阻群众4.32万人次,避免损失1.57亿元。",
    targets=[M("15%", 15, "%", "电信网络诈骗案件发案数", kind="reduction"),
             M("10%", 10, "%", "电信网络诈骗案件破案数", kind="growth"),
             M("3000万元", 3000, "万元", "追赃挽损金额", bound="min"),
             M("5万人次", 5, "万人次", "劝阻预警群众")],
    actuals=[M("1862起", 1862, "起", "电信网络诈骗案件发案", period=P),
             M("21.4%", 21.4, "%", "电信网络诈骗案件发案同比下降", kind="reduction", period=P),
             M("734起", 734, "起", "破获电诈案件", period=P),
             M("8.3%", 8.3, "%", "破获电诈案件同比上升", kind="growth", period=P),
             M("1126名", 1126, "名", "抓获犯罪嫌疑人", period=P),
             M("2786万元", 2786, "万元", "追赃挽损", period=P),
             M("6.8万条", 6.8, "万条", "发出预警指令", period=P),
             M("4.32万人次", 4.32, "万人次", "成功劝阻群众", period=P),
             M("1.57亿元", 1.57, "亿元", "避免损失", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a8"])],
    note="发案 21.4/15 = 1.4267; 破案数上升 is a growth target: 8.3/10 = 0.83. 2786/3000 = 0.9287. People dissuaded 4.32/5 = 0.864; 6.8万条 are warning instructions, another measure. 避免损失1.57亿元 is not 追赃挽损 (would-be 5.2333).")

# 18 縣消防救援大隊 (traditional): checked vs hazards vs rectified vs 整治 places, stations with a remainder recruiting ('2支' twice), 場次 vs 人次
P = "上半年"
row("縣消防救援大隊、各鄉鎮人民政府",
    "完成“九小場所”消防安全整治3000家,建成鄉鎮專職消防隊4支,消防宣傳培訓覆蓋群眾10萬人次。",
    "上半年,共檢查“九小場所”4127家,發現隱患6205處,督促整改5873處,完成整治2316家;新建鄉鎮專職消防隊2支,另有2支正在招錄隊員;開展消防宣傳活動326場次,培訓群眾6.4萬人次。",
    targets=[M("3000家", 3000, "家", "“九小場所”消防安全整治"),
             M("4支", 4, "支", "建成鄉鎮專職消防隊"),
             M("10萬人次", 10, "萬人次", "消防宣傳培訓覆蓋群眾")],
    actuals=[M("4127家", 4127, "家", "檢查“九小場所”", period=P),
             M("6205處", 6205, "處", "發現隱患", period=P),
             M("5873處", 5873, "處", "督促整改隱患", period=P),
             M("2316家", 2316, "家", "完成整治“九小場所”", period=P),
             M("2支", 2, "支", "新建鄉鎮專職消防隊", nth=0, period=P),
             M("2支", 2, "支", "正在招錄隊員的消防隊", nth=1, period=P),
             M("326場次", 326, "場次", "開展消防宣傳活動", period=P),
             M("6.4萬人次", 6.4, "萬人次", "培訓群眾", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a8"])],
    note="Traditional characters. 整治 answered by places whose rectification is complete: 2316/3000 = 0.772, not the 4127 checked (would-be 1.3757); hazards in 處 are another measure. Teams built 2/4 = 0.5; the other 2 are still recruiting (would-be sum 1.0). People trained 6.4/10 = 0.64; 326場次 counts events. “九小場所” is a name.")

# 19 市交通运输局 (nothing answers): the target has no number (不超过省下达控制指标); the progress restates the number, a share, a forecast
P = "1-11月"
row("市交通运输局、市公安局交警支队",
    "全年道路运输领域生产安全事故死亡人数不超过省下达控制指标。",
    "省下达我市道路运输领域死亡控制指标为46人。1-11月,道路运输领域发生亡人事故38起、死亡41人,占控制指标的89.1%;预计全年死亡人数控制在45人以内,可完成控制目标。",
    actuals=[M("46人", 46, "人", "省下达道路运输领域死亡控制指标(restated target)"),
             M("38起", 38, "起", "道路运输领域亡人事故", period=P),
             M("41人", 41, "人", "道路运输领域事故死亡", period=P),
             M("89.1%", 89.1, "%", "占控制指标的(比例)", period=P),
             M("45人", 45, "人", "预计全年死亡人数(forecast)")],
    note="No target: the task names the provincial control figure without a number. The progress states it (46人) and 41人 against it (would-be 0.8913), but a number given only in the progress is not a task target. 89.1% is a share; 预计全年…45人以内 is a forecast.")

# 20 市安委办 (Chinese numerals): 一次 as a target count answered in words only, 余 amounts, 人次 in numerals, pass rate
P = "今年以来"
row("市安委办、市应急管理局",
    "组织安全生产“十进”宣传活动,开展安全生产月集中宣传咨询日活动一次,培训特种作业人员三千人次,危化品企业主要负责人和安全管理人员考核合格率达100%。",
    "今年以来,“十进”活动覆盖企业、社区、学校等场所一千二百余处;6月在市民广场举办安全生产月集中宣传咨询日活动,发放宣传资料两万余份;培训特种作业人员二千六百五十人次,危化品企业主要负责人和安全管理人员考核212人,合格209人,合格率98.6%。",
    targets=[M("一次", 1, "次", "安全生产月集中宣传咨询日活动"),
             M("三千人次", 3000, "人次", "培训特种作业人员"),
             M("100%", 100, "%", "危化品企业主要负责人和安全管理人员考核合格率")],
    actuals=[M("一千二百余处", 1200, "处", "“十进”活动覆盖场所", period=P),
             M("两万余份", 2, "万份", "发放宣传资料", period=P),
             M("二千六百五十人次", 2650, "人次", "培训特种作业人员", period=P),
             M("212人", 212, "人", "考核危化品企业主要负责人和安全管理人员", period=P),
             M("209人", 209, "人", "考核合格", period=P),
             M("98.6%", 98.6, "%", "考核合格率", period=P)],
    pairs=[("t2", ["a3"]), ("t3", ["a6"])],
    note="Chinese numerals. The 咨询日 was held (举办) but the progress gives no count: unpaired, answered in words only (would-be 1.0). 二千六百五十/三千 = 0.8833; 合格率 98.6/100 = 0.986 (212 and 209 are its denominator and numerator). 余 amounts (一千二百余处, 两万余份) have no target. “十进” is a slogan; 6月 is a date.")

# 21 区公安分局: a reduction answered with the baseline beside it, 破案率 100%, 侵财 reduction answered by a rise, opposite-signed 其中 parts
P = "上半年"
row("区公安分局",
    "八类严重暴力犯罪案件发案下降5%,现行命案破案率保持100%,盗抢骗等多发性侵财案件下降8%。",
    "上半年,全区八类严重暴力犯罪案件发案14起,较上年同期的17起下降17.6%;现行命案发生3起,全部侦破,破案率100%;盗抢骗案件发案1136起,同比上升4.2%,其中盗窃案件上升6.8%,诈骗案件下降3.1%。",
    targets=[M("5%", 5, "%", "八类严重暴力犯罪案件发案", kind="reduction"),
             M("100%", 100, "%", "现行命案破案率"),
             M("8%", 8, "%", "盗抢骗等多发性侵财案件", kind="reduction")],
    actuals=[M("14起", 14, "起", "八类严重暴力犯罪案件发案", period=P),
             M("17起", 17, "起", "上年同期八类严重暴力犯罪案件(baseline)"),
             M("17.6%", 17.6, "%", "八类严重暴力犯罪案件发案下降", kind="reduction", period=P),
             M("3起", 3, "起", "现行命案发生", period=P),
             M("100%", 100, "%", "现行命案破案率", period=P),
             M("1136起", 1136, "起", "盗抢骗案件发案", period=P),
             M("4.2%", 4.2, "%", "盗抢骗案件发案同比上升", kind="growth", period=P),
             M("6.8%", 6.8, "%", "盗窃案件上升", kind="growth", period=P),
             M("3.1%", 3.1, "%", "诈骗案件下降", kind="reduction", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="17.6/5 = 3.52; 17起 is last year's (baseline). 破案率 100/100 = 1.0. 盗抢骗 rose 4.2% against an 8% reduction: signed ratio -0.525; the 其中 parts (盗窃 up 6.8%, 诈骗 down 3.1%) are narrower and do not answer. 八类 is a category label.")

# 22 市住房城乡建设局: two caps, 持平 and 增加1人 as changes, checks (次) over sites (个), 台次 vs 台
P = "1-10月"
row("市住房城乡建设局(市建筑安全监督站)",
    "房屋市政工程生产安全事故起数控制在6起以内、死亡人数控制在6人以内,在建工地安全检查覆盖率100%,开展建筑起重机械专项检查1200台次。",
    "1-10月,全市房屋市政工程发生生产安全事故4起、死亡5人,起数与去年持平、死亡人数增加1人;对全市在建的862个工地开展安全检查2617次,检查覆盖率100%;专项检查建筑起重机械1384台次,发现隐患916条,停用起重机械23台。",
    targets=[M("6起", 6, "起", "房屋市政工程生产安全事故起数", bound="max"),
             M("6人", 6, "人", "房屋市政工程生产安全事故死亡人数", bound="max"),
             M("100%", 100, "%", "在建工地安全检查覆盖率"),
             M("1200台次", 1200, "台次", "建筑起重机械专项检查")],
    actuals=[M("4起", 4, "起", "房屋市政工程生产安全事故", period=P),
             M("5人", 5, "人", "房屋市政工程生产安全事故死亡", period=P),
             M("持平", 0, "%", "事故起数与去年持平", kind="growth", unit_inferred=True, period=P),
             M("1人", 1, "人", "死亡人数较去年增加", period=P),
             M("862个", 862, "个", "在建工地(scope)"),
             M("2617次", 2617, "次", "开展安全检查", period=P),
             M("100%", 100, "%", "在建工地检查覆盖率", period=P),
             M("1384台次", 1384, "台次", "专项检查建筑起重机械", period=P),
             M("916条", 916, "条", "发现隐患", period=P),
             M("23台", 23, "台", "停用起重机械", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a7"]), ("t4", ["a8"])],
    note="Caps: 4/6 = 0.6667, 5/6 = 0.8333; 持平 (growth 0) and 增加1人 are changes on last year with no target. Coverage 1.0 (862 sites, 2617 checks). 1384/1200 = 1.1533; 23台 stopped are machines, not checks.")

# 23 市城市管理局: 全覆盖 without number, 分别为 coverage rates, alarms answered by the count (rate restates it), pipes started vs finished
P = "截至9月底"
row("市城市管理局、市燃气集团",
    "完成城镇燃气用户安全检查全覆盖,为餐饮用户加装燃气泄漏报警装置1.5万户,更新改造老旧燃气管道85公里。",
    "截至9月底,累计入户安检居民用户46.2万户、非居民用户1.87万户,安检覆盖率分别为96.3%和100%;餐饮用户燃气泄漏报警装置加装完成13260户,安装率88.4%;老旧燃气管道更新改造开工68公里,已完工通气52.6公里。",
    targets=[M("1.5万户", 1.5, "万户", "为餐饮用户加装燃气泄漏报警装置"),
             M("85公里", 85, "公里", "更新改造老旧燃气管道")],
    actuals=[M("46.2万户", 46.2, "万户", "入户安检居民用户", period=P),
             M("1.87万户", 1.87, "万户", "入户安检非居民用户", period=P),
             M("96.3%", 96.3, "%", "居民用户安检覆盖率", period=P),
             M("100%", 100, "%", "非居民用户安检覆盖率", period=P),
             M("13260户", 13260, "户", "餐饮用户燃气泄漏报警装置加装完成", period=P),
             M("88.4%", 88.4, "%", "报警装置安装率", period=P),
             M("68公里", 68, "公里", "老旧燃气管道更新改造开工", period=P),
             M("52.6公里", 52.6, "公里", "老旧燃气管道已完工通气", period=P)],
    pairs=[("t1", ["a5"]), ("t2", ["a8"])],
    note="全覆盖 has no number, so the coverage rates have no target. Alarms 13260户 against 1.5万户 (0.884, which the 安装率 88.4% restates as a share). Pipes: 完工通气 answers (52.6/85 = 0.6188); 开工68公里 is a weaker status (would-be 0.8).")

# 24 县应急管理局: a zero target answered by '0人' (nth 1, nth 0 inside '1260人'), restated scope, 已完工 vs 主体完工, signed vs moved in
P = "今年汛期"
row("县应急管理局、县自然资源局",
    "完成地质灾害隐患点工程治理12处、搬迁避让群众300户,汛期因灾死亡失踪0人。",
    "今年汛期,全县共发生地质灾害险情9起,均提前预警、成功避险,紧急转移群众1260人,因灾死亡失踪0人;12处工程治理点中已完工8处、4处主体完工;搬迁避让群众已签订协议312户,已搬迁入住186户。",
    targets=[M("12处", 12, "处", "地质灾害隐患点工程治理"),
             M("300户", 300, "户", "搬迁避让群众"),
             M("0人", 0, "人", "汛期因灾死亡失踪")],
    actuals=[M("9起", 9, "起", "地质灾害险情", period=P),
             M("1260人", 1260, "人", "紧急转移群众", period=P),
             M("0人", 0, "人", "因灾死亡失踪", nth=1, period=P),
             M("12处", 12, "处", "工程治理点(scope, restated)"),
             M("8处", 8, "处", "已完工工程治理点"),
             M("4处", 4, "处", "主体完工工程治理点"),
             M("312户", 312, "户", "搬迁避让已签订协议"),
             M("186户", 186, "户", "已搬迁入住")],
    pairs=[("t1", ["a5"]), ("t2", ["a8"]), ("t3", ["a3"])],
    note="The zero target is answered by 0人 (ratio null: met only by zero); '0人' nth 0 lies inside '1260人'. 12处 in the progress restates the scope; 已完工8处 answers (0.6667), the 4 with only the main works done do not (would-be sum 1.0). 搬迁避让 is done when people have moved: 186/300 = 0.62; signed agreements 312户 are a weaker status (would-be 1.04).")

# 25 县市场监管局: coverage answered by the rate (school count as scope), sampling with its pass rate, checks 户次 vs closures 户
P = "全年"
row("县市场监管局、县教育局",
    "学校食堂“明厨亮灶”覆盖率达到100%,校园食品安全抽检300批次,开展校园周边食品经营单位检查2000户次。",
    "全年,全县182所学校食堂已全部实现“明厨亮灶”,覆盖率100%;春、秋两季开学期间抽检校园食品326批次,合格率99.1%;检查校园周边食品经营单位1856户次,取缔无证经营23户。",
    targets=[M("100%", 100, "%", "学校食堂“明厨亮灶”覆盖率"),
             M("300批次", 300, "批次", "校园食品安全抽检"),
             M("2000户次", 2000, "户次", "校园周边食品经营单位检查")],
    actuals=[M("182所", 182, "所", "学校食堂(scope)", period=P),
             M("100%", 100, "%", "“明厨亮灶”覆盖率", period=P),
             M("326批次", 326, "批次", "抽检校园食品", period=P),
             M("99.1%", 99.1, "%", "校园食品抽检合格率", period=P),
             M("1856户次", 1856, "户次", "检查校园周边食品经营单位", period=P),
             M("23户", 23, "户", "取缔无证经营", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Coverage 100/100 = 1.0 (182所 is the scope). 326/300 = 1.0867; 合格率 has no target here. 1856/2000 = 0.928; the 23 closures are another measure. 春、秋两季 names the two terms (a period), not a quantity.")

# 26 街道安监站 (full-width digits): standardisation firms with a remainder awaiting notice, 三级 grade label, re-checks 家次 vs hazards
P = "上半年"
row("街道办事处安全生产监督管理站",
    "辖区安全生产标准化达标企业新增１５家,开展企业安全隐患“回头看”检查２００家次,较大及以上事故零发生。",
    "上半年新增安全生产标准化三级达标企业９家,另有６家已通过评审、待市局公告;“回头看”检查企业１３７家次,复查发现隐患２１４处,已整改１９８处,整改率９２．５%;上半年辖区未发生较大及以上事故。",
    targets=[M("１５家", 15, "家", "新增安全生产标准化达标企业"),
             M("２００家次", 200, "家次", "企业安全隐患“回头看”检查")],
    actuals=[M("９家", 9, "家", "新增安全生产标准化三级达标企业", period=P),
             M("６家", 6, "家", "已通过评审待公告的企业(candidates)", period=P),
             M("１３７家次", 137, "家次", "“回头看”检查企业", period=P),
             M("２１４处", 214, "处", "复查发现隐患", period=P),
             M("１９８处", 198, "处", "已整改隐患", period=P),
             M("９２．５%", 92.5, "%", "整改率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Full-width digits. 9/15 = 0.6; the 6 awaiting the city's notice are not yet recognised (would-be sum 1.0). 137/200 = 0.685; hazards and the 整改率 have no target. 三级 is a grade label (left unannotated); 零发生/未发生 are words.")

# 27 縣市場監管局 (traditional): a pass rate under 以上 answered below target, its fall in 個百分點, firms covered (全覆蓋 no number), cases and a 移送 part
P = "全年"
row("縣市場監督管理局",
    "食品安全抽檢合格率穩定在98%以上,完成食品生產企業監督檢查全覆蓋,查辦食品安全違法案件不少於150件。",
    "全年完成食品安全監督抽檢5216批次,抽檢合格率97.4%,較上年下降0.8個百分點,不合格樣品主要集中在餐飲具和蔬菜;檢查食品生產企業286家,實現全覆蓋;查辦食品安全違法案件163件,罰沒款212.6萬元,移送公安機關5件。",
    targets=[M("98%", 98, "%", "食品安全抽檢合格率", bound="min"),
             M("150件", 150, "件", "查辦食品安全違法案件", bound="min")],
    actuals=[M("5216批次", 5216, "批次", "食品安全監督抽檢", period=P),
             M("97.4%", 97.4, "%", "抽檢合格率", period=P),
             M("0.8個百分點", 0.8, "個百分點", "抽檢合格率較上年下降", kind="reduction", period=P),
             M("286家", 286, "家", "檢查食品生產企業", period=P),
             M("163件", 163, "件", "查辦食品安全違法案件", period=P),
             M("212.6萬元", 212.6, "萬元", "罰沒款", period=P),
             M("5件", 5, "件", "移送公安機關案件", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="Traditional characters. 97.4% against 98%以上: 0.9939 (missed); the 0.8-point fall is a change. 全覆蓋 has no number, so 286家 has no target. Cases 163/150 = 1.0867; 移送5件 is a part.")

# 28 市应急管理局: recognitions (获评/命名) answer, a recommended community does not, '2个' inside '12个', coverage by 信息员
P = "今年"
row("市应急管理局、市民政局",
    "创建全国综合减灾示范社区3个、省级综合减灾示范社区10个,灾害信息员覆盖率达到100%。",
    "今年我市获评全国综合减灾示范社区2个,另推荐1个社区参加国家评审,结果尚未公布;省级综合减灾示范社区已命名12个;全市1368个村(社区)均配备灾害信息员,共1542名,覆盖率100%。",
    targets=[M("3个", 3, "个", "创建全国综合减灾示范社区"),
             M("10个", 10, "个", "创建省级综合减灾示范社区"),
             M("100%", 100, "%", "灾害信息员覆盖率")],
    actuals=[M("2个", 2, "个", "获评全国综合减灾示范社区", nth=0, period=P),
             M("1个", 1, "个", "推荐参加国家评审的社区(candidate)"),
             M("12个", 12, "个", "省级综合减灾示范社区已命名", period=P),
             M("1368个", 1368, "个", "村(社区)(scope)"),
             M("1542名", 1542, "名", "灾害信息员"),
             M("100%", 100, "%", "灾害信息员覆盖率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="获评 2/3 = 0.6667; the 1 recommended awaits the national review (would-be sum 1.0). 命名12个 against 10 (1.2). Coverage 1.0; 1368 villages/communities are the scope and 1542名 the staff. '2个' nth 1 lies inside '12个'.")

# 29 市公安局交警支队: helmet rate under 以上 (missed), driver belt rate answers, rear-seat rate is another measure, hazard points found vs rectified vs carried over
row("市公安局交警支队、市交通运输局",
    "电动自行车骑乘人员头盔佩戴率达到90%以上,汽车驾驶人安全带使用率达到95%,整治道路交通安全隐患点位150处。",
    "据抽样调查,全市电动自行车骑乘人员头盔佩戴率达到88.7%、汽车驾驶人安全带使用率97.3%、后排乘客安全带使用率41.2%;排查道路交通安全隐患点位213处,已完成整治164处,其余49处列入明年计划。",
    targets=[M("90%", 90, "%", "电动自行车骑乘人员头盔佩戴率", bound="min"),
             M("95%", 95, "%", "汽车驾驶人安全带使用率"),
             M("150处", 150, "处", "整治道路交通安全隐患点位")],
    actuals=[M("88.7%", 88.7, "%", "电动自行车骑乘人员头盔佩戴率"),
             M("97.3%", 97.3, "%", "汽车驾驶人安全带使用率"),
             M("41.2%", 41.2, "%", "后排乘客安全带使用率"),
             M("213处", 213, "处", "排查道路交通安全隐患点位"),
             M("164处", 164, "处", "已完成整治隐患点位"),
             M("49处", 49, "处", "列入明年计划的隐患点位")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="Helmets 88.7/90 = 0.9856 (missed); driver belts 97.3/95 = 1.0242; 后排乘客 41.2% is another measure. 整治 answered by 已完成整治164处 (1.0933), not the 213 found (would-be 1.42); 49 are carried into next year's plan.")

# 30 县应急管理局: a cap on outlets answered by the licensed count, its change, 其中 shop/counter split, cases of another category
P = "春节期间"
row("县应急管理局、县公安局、县市场监管局",
    "烟花爆竹零售网点控制在80个以内,全部实现专店销售;查处非法生产经营储存烟花爆竹案件30起。",
    "经审核,今年全县许可烟花爆竹零售网点72个,较上年减少16个,其中专店销售68个、专柜销售4个;春节期间收缴非法烟花爆竹1.6吨,查处非法经营储存案件21起、非法运输案件6起,行政拘留9人。",
    targets=[M("80个", 80, "个", "烟花爆竹零售网点", bound="max"),
             M("30起", 30, "起", "查处非法生产经营储存烟花爆竹案件")],
    actuals=[M("72个", 72, "个", "许可烟花爆竹零售网点", period="今年"),
             M("16个", 16, "个", "零售网点较上年减少", period="今年"),
             M("68个", 68, "个", "专店销售网点", period="今年"),
             M("4个", 4, "个", "专柜销售网点", period="今年"),
             M("1.6吨", 1.6, "吨", "收缴非法烟花爆竹", period=P),
             M("21起", 21, "起", "查处非法经营储存案件", period=P),
             M("6起", 6, "起", "查处非法运输案件", period=P),
             M("9人", 9, "人", "行政拘留", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a6"])],
    note="Cap: 72/80 = 0.9. 全部实现专店销售 has no number (68 of 72 are 专店, 4 still 专柜). The target names 生产经营储存 cases: 21/30 = 0.7; 非法运输 is another category (would-be sum 0.9). The 1.6吨 seized and 9 detained have no target. The count is for 今年; the cases fall in 春节期间.")

# 31 市市场监管局: a rate basis (万台) in the metric name, a cap answered by a zero rate, 万台 stock with a 其中 part, renewal with works in progress
P = "截至11月底"
row("市市场监管局(特种设备安全监察处)",
    "特种设备定期检验率达到99%,电梯万台事故率控制在0.1以下,完成老旧电梯更新改造200台。",
    "截至11月底,全市在用特种设备8.26万台(套),其中电梯4.71万台,定期检验率99.6%;全年未发生电梯安全事故,电梯万台事故率为0;老旧电梯已完成更新改造146台,另有58台正在施工。",
    targets=[M("99%", 99, "%", "特种设备定期检验率"),
             M("0.1", 0.1, "起/万台", "电梯万台事故率", bound="max", unit_inferred=True),
             M("200台", 200, "台", "完成老旧电梯更新改造")],
    actuals=[M("8.26万台", 8.26, "万台", "在用特种设备(scope)", period=P),
             M("4.71万台", 4.71, "万台", "在用电梯(scope)", period=P),
             M("99.6%", 99.6, "%", "特种设备定期检验率", period=P),
             M("0", 0, "起/万台", "电梯万台事故率", unit_inferred=True, period="全年"),
             M("146台", 146, "台", "老旧电梯已完成更新改造", period=P),
             M("58台", 58, "台", "正在施工的老旧电梯", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="99.6/99 = 1.0061. The cap 0.1 (per 万台) is answered by the written rate 0 (ratio 0.0). 146/200 = 0.73; the 58 in works are not done (would-be sum 1.02). 万台 in 电梯万台事故率 is the rate's basis (left unannotated in both columns); the stocks 8.26万台/4.71万台 are scope.")

# 32 区应急管理局: a 分别 list of three inspection targets answered by a listed progress, completion shares (分别完成任务的), found vs rectified
P = "1-8月"
row("区应急管理局",
    "开展粉尘涉爆、液氨制冷、有限空间作业三类重点企业专项检查,分别检查120家、30家、200家。",
    "1-8月,已检查粉尘涉爆企业126家、液氨制冷企业30家、有限空间作业企业173家,分别完成任务的105%、100%和86.5%;共查出问题隐患1047项,已整改921项。",
    targets=[M("120家", 120, "家", "粉尘涉爆企业专项检查"),
             M("30家", 30, "家", "液氨制冷企业专项检查"),
             M("200家", 200, "家", "有限空间作业企业专项检查")],
    actuals=[M("126家", 126, "家", "检查粉尘涉爆企业", period=P),
             M("30家", 30, "家", "检查液氨制冷企业", period=P),
             M("173家", 173, "家", "检查有限空间作业企业", period=P),
             M("105%", 105, "%", "粉尘涉爆检查完成任务的(比例)", period=P),
             M("100%", 100, "%", "液氨制冷检查完成任务的(比例)", period=P),
             M("86.5%", 86.5, "%", "有限空间作业检查完成任务的(比例)", period=P),
             M("1047项", 1047, "项", "查出问题隐患", period=P),
             M("921项", 921, "项", "已整改问题隐患", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="分别 in the task maps 120/30/200 onto the three kinds in order: 126/120 = 1.05, 30/30 = 1.0, 173/200 = 0.865. The 分别完成任务的 shares restate those ratios and do not pair with amount targets. 三类 names the kinds (not a count with a classifier).")

# 33 区委政法委 (full-width digits): grids with another kind beside them, full-time vs part-time staff, events reported vs handled on time
P = "今年以来"
row("区委政法委(区社会治理中心)",
    "全区划分基础网格１２００个,配备专职网格员不少于１２００名,网格事件按期办结率达到９５%。",
    "全区共划分基础网格１１８６个、专属网格２１４个,配备专职网格员１１９２名、兼职网格员３６７０名;今年以来网格员上报各类事件５．６万件,按期办结５．３５万件,按期办结率９５．５%。",
    targets=[M("１２００个", 1200, "个", "划分基础网格"),
             M("１２００名", 1200, "名", "配备专职网格员", bound="min"),
             M("９５%", 95, "%", "网格事件按期办结率")],
    actuals=[M("１１８６个", 1186, "个", "划分基础网格"),
             M("２１４个", 214, "个", "划分专属网格"),
             M("１１９２名", 1192, "名", "配备专职网格员"),
             M("３６７０名", 3670, "名", "兼职网格员"),
             M("５．６万件", 5.6, "万件", "网格员上报各类事件", period=P),
             M("５．３５万件", 5.35, "万件", "按期办结事件", period=P),
             M("９５．５%", 95.5, "%", "网格事件按期办结率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"])],
    note="Full-width digits. Basic grids 1186/1200 = 0.9883; 专属网格 are another kind (would-be sum 1.1667). Full-time staff 1192/1200 = 0.9933 (missed 不少于); part-time staff do not count. 按期办结率 95.5/95 = 1.0053 (5.6万 and 5.35万 are its denominator and numerator).")

# 34 市公安局禁毒支队: counts answer, a reduction target with only last year's count beside this year's (unpaired), seizure in 千克, a rate
P = "今年以来"
row("市公安局禁毒支队、市禁毒办",
    "破获毒品刑事案件60起,抓获毒品犯罪嫌疑人100名,新发现吸毒人员数同比下降10%,社区戒毒社区康复执行率达到95%。",
    "今年以来,全市共破获毒品刑事案件52起,抓获犯罪嫌疑人87名,缴获各类毒品3.6千克;新发现吸毒人员41名,上年同期为58名;社区戒毒社区康复执行率96.8%。",
    targets=[M("60起", 60, "起", "破获毒品刑事案件"),
             M("100名", 100, "名", "抓获毒品犯罪嫌疑人"),
             M("10%", 10, "%", "新发现吸毒人员数", kind="reduction"),
             M("95%", 95, "%", "社区戒毒社区康复执行率")],
    actuals=[M("52起", 52, "起", "破获毒品刑事案件", period=P),
             M("87名", 87, "名", "抓获犯罪嫌疑人", period=P),
             M("3.6千克", 3.6, "千克", "缴获各类毒品", period=P),
             M("41名", 41, "名", "新发现吸毒人员", period=P),
             M("58名", 58, "名", "上年同期新发现吸毒人员(baseline)"),
             M("96.8%", 96.8, "%", "社区戒毒社区康复执行率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t4", ["a6"])],
    note="52/60 = 0.8667, 87/100 = 0.87, 96.8/95 = 1.0189. The reduction target has no stated reduction: only this year's 41名 and last year's 58名 (a level and its baseline; the implied fall of 29.3% is not written, would-be 2.931), so t3 is unpaired. The 3.6千克 seized has no target.")

# 35 市公安局交通警察支隊 (traditional): 萬車死亡率 cap with last year's rate, a reduction answered by 持平 (ratio 0), signals built vs only procured
P = "1-9月"
row("市公安局交通警察支隊、市交通運輸局",
    "全市道路交通事故萬車死亡率控制在1.5以內,重點車輛“兩客一危一貨”事故起數下降10%,新增交通信號燈路口60個。",
    "1-9月,全市萬車死亡率1.31,去年同期為1.47;“兩客一危一貨”重點車輛發生事故7起,與去年同期持平;新建交通信號燈控制路口48個,另有15個路口已完成設備採購。",
    targets=[M("1.5", 1.5, "人/萬車", "道路交通事故萬車死亡率", bound="max", unit_inferred=True),
             M("10%", 10, "%", "重點車輛“兩客一危一貨”事故起數", kind="reduction"),
             M("60個", 60, "個", "新增交通信號燈路口")],
    actuals=[M("1.31", 1.31, "人/萬車", "萬車死亡率", unit_inferred=True, period=P),
             M("1.47", 1.47, "人/萬車", "去年同期萬車死亡率(baseline)", unit_inferred=True),
             M("7起", 7, "起", "“兩客一危一貨”重點車輛事故", period=P),
             M("持平", 0, "%", "重點車輛事故起數與去年同期持平", kind="growth", unit_inferred=True, period=P),
             M("48個", 48, "個", "新建交通信號燈控制路口", period=P),
             M("15個", 15, "個", "已完成設備採購的路口")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Traditional characters. Cap 1.31/1.5 = 0.8733; 1.47 is last year's rate. 與去年同期持平 is a change of zero against a 10% reduction: ratio 0 (written -0.0; a zero change, annotated as growth 0 like 持平 elsewhere). Signals 48/60 = 0.8; the 15 with equipment only procured are not built (would-be sum 1.05). “兩客一危一貨” is a name for vehicle classes.")

# 36 市應急管理局 (traditional): 億元GDP rate reduction answered by the stated fall (not the level), 十萬人 rate cap answered by the level, its rise a change
P = "全年"
row("市應急管理局、市統計局",
    "億元GDP生產安全事故死亡率較上年下降8%,工礦商貿就業人員十萬人生產安全事故死亡率控制在1.2以內。",
    "經初步測算,全年億元GDP生產安全事故死亡率為0.0147,同比下降12.5%;工礦商貿就業人員十萬人生產安全事故死亡率為1.06,較上年上升0.08。",
    targets=[M("8%", 8, "%", "億元GDP生產安全事故死亡率", kind="reduction"),
             M("1.2", 1.2, "人/十萬人", "工礦商貿就業人員十萬人生產安全事故死亡率", bound="max", unit_inferred=True)],
    actuals=[M("0.0147", 0.0147, "人/億元", "億元GDP生產安全事故死亡率", unit_inferred=True, period=P),
             M("12.5%", 12.5, "%", "億元GDP生產安全事故死亡率同比下降", kind="reduction", period=P),
             M("1.06", 1.06, "人/十萬人", "工礦商貿就業人員十萬人生產安全事故死亡率", unit_inferred=True, period=P),
             M("0.08", 0.08, "人/十萬人", "十萬人死亡率較上年上升", kind="growth", unit_inferred=True, period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="Traditional characters. The reduction target is answered by the stated fall 12.5% (12.5/8 = 1.5625), not by the rate level 0.0147. The 十萬人 rate 1.06 under the 1.2 cap (0.8833); 上升0.08 is its change on last year, not the level. 十萬人 is the rate's basis (left unannotated); 初步測算 of the finished year answers.")

# 37 市水利局: pumping stations with the scope restated, capacity done vs capacity forecast, waterlogging points done vs in works
P = "截至8月底"
row("市水利局、市城市管理局、市应急管理局",
    "新建改造城市排涝泵站6座,新增排涝能力30立方米/秒,城区易涝点整治25处。",
    "截至8月底,6座泵站中已建成投用4座,新增排涝能力18.5立方米/秒,其余2座预计汛后完工,届时将再增排涝能力11.5立方米/秒;城区易涝点已整治完成19处,剩余6处正在施工,今年汛期城区未出现严重内涝。",
    targets=[M("6座", 6, "座", "新建改造城市排涝泵站"),
             M("30立方米/秒", 30, "立方米/秒", "新增排涝能力"),
             M("25处", 25, "处", "城区易涝点整治")],
    actuals=[M("6座", 6, "座", "排涝泵站(scope, restated)"),
             M("4座", 4, "座", "已建成投用泵站", period=P),
             M("18.5立方米/秒", 18.5, "立方米/秒", "新增排涝能力", period=P),
             M("2座", 2, "座", "预计汛后完工的泵站(forecast)"),
             M("11.5立方米/秒", 11.5, "立方米/秒", "预计再增排涝能力(forecast)"),
             M("19处", 19, "处", "易涝点已整治完成", period=P),
             M("6处", 6, "处", "正在施工的易涝点", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="6座 in the progress restates the scope. Built and in use 4/6 = 0.6667; the other 2 and their 11.5立方米/秒 are forecasts (would-be sums 1.0 and 1.0). Capacity 18.5/30 = 0.6167. Waterlogging points 19/25 = 0.76; 6 still in works.")

# 38 市司法局: a rate under 以上 answered (counts as numerator/denominator), legal aid cases with a completion share, a ‰-sized cap in %, amounts without target
P = "1-11月"
row("市司法局",
    "人民调解组织调解矛盾纠纷调解成功率保持在96%以上,办理法律援助案件2500件,社区矫正对象再犯罪率控制在0.2%以下。",
    "1-11月,全市各级人民调解组织共调解矛盾纠纷1.82万件,调解成功1.77万件,调解成功率97.3%,涉及金额3.6亿元;办理法律援助案件2316件,完成年度任务的92.6%,为受援人挽回经济损失4680万元;在册社区矫正对象1274人,再犯罪率0.08%。",
    targets=[M("96%", 96, "%", "人民调解成功率", bound="min"),
             M("2500件", 2500, "件", "办理法律援助案件"),
             M("0.2%", 0.2, "%", "社区矫正对象再犯罪率", bound="max")],
    actuals=[M("1.82万件", 1.82, "万件", "调解矛盾纠纷", period=P),
             M("1.77万件", 1.77, "万件", "调解成功", period=P),
             M("97.3%", 97.3, "%", "调解成功率", period=P),
             M("3.6亿元", 3.6, "亿元", "调解涉及金额", period=P),
             M("2316件", 2316, "件", "办理法律援助案件", period=P),
             M("92.6%", 92.6, "%", "完成年度任务的(比例)", period=P),
             M("4680万元", 4680, "万元", "挽回经济损失", period=P),
             M("1274人", 1274, "人", "在册社区矫正对象(scope)", period=P),
             M("0.08%", 0.08, "%", "社区矫正对象再犯罪率", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a9"])],
    note="调解成功率 97.3/96 = 1.0135 (1.82万 and 1.77万 are its counts). Legal aid 2316/2500 = 0.9264; the 92.6% completion share is not the amount. Re-offending 0.08% under the 0.2% cap (0.4); 1274人 is the population under supervision. The amounts involved and recovered have no target.")

# 39 市药品监管局: per-million report rates (basis 百万人口) answered by the rates, not the totals; a third rate with only a total (unpaired)
P = "今年以来"
row("市市场监管局(市药品不良反应监测中心)",
    "药品不良反应报告数达到每百万人口800份以上,医疗器械不良事件报告数每百万人口不少于200份,化妆品不良反应报告数每百万人口50份。",
    "今年以来,全市共收集上报药品不良反应报告3842份,折合每百万人口764份,其中新的和严重报告占比31.5%;医疗器械不良事件报告1126份,每百万人口224份;化妆品不良反应报告183份。",
    targets=[M("800份", 800, "份", "每百万人口药品不良反应报告数", bound="min"),
             M("200份", 200, "份", "每百万人口医疗器械不良事件报告数", bound="min"),
             M("50份", 50, "份", "每百万人口化妆品不良反应报告数")],
    actuals=[M("3842份", 3842, "份", "药品不良反应报告(total)", period=P),
             M("764份", 764, "份", "每百万人口药品不良反应报告数", period=P),
             M("31.5%", 31.5, "%", "新的和严重报告占比", period=P),
             M("1126份", 1126, "份", "医疗器械不良事件报告(total)", period=P),
             M("224份", 224, "份", "每百万人口医疗器械不良事件报告数", period=P),
             M("183份", 183, "份", "化妆品不良反应报告(total)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="每百万人口 is the basis of the rates (left unannotated). 764/800 = 0.955 (missed 以上), 224/200 = 1.12; the totals 3842份 and 1126份 are numerators, not the rates. Cosmetics: only the total 183份 is given, no per-million rate: unpaired (the implied rate, with the population of 3842/764 = 5.03 million, is 36.4份, would-be 0.7278).")

# 40 区应急管理局 (Chinese numerals): teams answered with the township scope beside, terminals total with 其中 parts ('八十个' inside '三百八十个'), 暗查暗访 in 次
P = "今年以来"
row("区应急管理局、各乡镇(街道)",
    "全年组建乡镇(街道)综合性应急救援队伍15支,建设应急广播终端500个,开展安全生产执法检查“四不两直”暗查暗访100次。",
    "今年以来,全区十五个乡镇(街道)均已组建综合性应急救援队伍,共十五支、队员四百二十名;已安装应急广播终端四百六十个,其中新建三百八十个、改造八十个;开展“四不两直”暗查暗访八十六次,发现问题隐患三百一十二项,均已整改。",
    targets=[M("15支", 15, "支", "组建乡镇(街道)综合性应急救援队伍"),
             M("500个", 500, "个", "建设应急广播终端"),
             M("100次", 100, "次", "“四不两直”暗查暗访")],
    actuals=[M("十五个", 15, "个", "乡镇(街道)(scope)"),
             M("十五支", 15, "支", "组建综合性应急救援队伍", period=P),
             M("四百二十名", 420, "名", "应急救援队员", period=P),
             M("四百六十个", 460, "个", "已安装应急广播终端", period=P),
             M("三百八十个", 380, "个", "新建应急广播终端", period=P),
             M("八十个", 80, "个", "改造应急广播终端", nth=1, period=P),
             M("八十六次", 86, "次", "“四不两直”暗查暗访", period=P),
             M("三百一十二项", 312, "项", "发现问题隐患", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="Chinese numerals in the progress. Teams 十五支/15 = 1.0 (十五个 is the township scope). 建设 covers new and refitted terminals: the total 四百六十个 answers (0.92); its 其中 parts 380 + 80 add up to it. 暗查暗访 八十六/100 = 0.86; the hazards found have no target. “四不两直” is a slogan.")


probe.write(Path(__file__).with_name("probe-safety.gold.jsonl"))
