"""Writes probe-science.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's, county's or
development zone's key-work progress table (重点工作推进情况) or half-year / annual summary for science,
technology, talent and the digital economy, filled in by the 科技局, 人社局 and 人才办, 经信局, 数据局,
知识产权局 and 科协: 高新技术企业 (新认定 vs 有效期内总数 vs 净增, 申报 and 公示 candidates), 科技型中小企业
入库 (填报 candidates), R&D经费投入强度 (a level in %, a rise in 个百分点, a year series, a forecast pending
the statistics office), 技术合同成交额 (half-year share 占全年目标的X%), 研发机构 / 重点实验室 / 新型研发机构
(parts summed against a combined target, 推荐 candidates), 高层次人才 (其中博士, 顶尖人才, 达成引进意向),
青年人才, 博士后工作站, 发明专利 (每万人口 rate vs the absolute stock, a restated target, a baseline from
last year, a fall against a growth target), 5G基站 (新建 vs 累计), 算力 PFlops (a forecast phase), 数字经济
核心产业增加值 (growth vs level vs share), 数字化改造, 上云企业, 科技创新券 (发放 vs 兑付), 孵化载体面积
(分别为 parts summed), A、B均 coordination in the progress, ranks (居全省第X位), rows where nothing answers.
The departments in charge are the row's owners. Five rows are in traditional characters; some use
full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim
the same or overlapping spans, that no mention starts inside a longer number, that every period occurs
in the progress text, computes ratios (signed: a fall against a growth target is negative), and lists
digit and numeral runs left unannotated (years and dates, 5G / 10G-PON / “5G+” codes, ranks, ordinals
such as 第二批 / 第十三次, the rate basis 每万人口, the tier label 三級).
Run: python tests/cases/make_probe_science.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe16")
row = probe.row


# ---------------------------------------------------------------------------------------------
# 科技局: enterprises, R&D intensity, technology market (items 1-6)
# ---------------------------------------------------------------------------------------------

# 1 高企: 新认定 (subject elided) answers 新增, the 有效期内 stock answers 总数, 净增 and 公示 candidates do not
row("市科学技术局",
    "高新技术企业培育:新增高新技术企业50家以上,年末有效期内高新技术企业总数达到420家。",
    "全年高新技术企业认定工作已结束,我市新认定63家,另有12家已通过省认定机构专家评审并在“高新技术企业认定管理工作网”公示,待正式发文;扣除资格到期未重新认定的企业,全市有效期内高新技术企业总数为418家,较上年末净增41家。",
    targets=[M("50家", 50, "家", "新增高新技术企业", bound="min"),
             M("420家", 420, "家", "有效期内高新技术企业总数")],
    actuals=[M("63家", 63, "家", "新认定高新技术企业", period="全年"),
             M("12家", 12, "家", "通过专家评审正在公示的企业(candidates)"),
             M("418家", 418, "家", "有效期内高新技术企业总数"),
             M("41家", 41, "家", "高新技术企业较上年末净增")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="新认定63家 (subject elided) answers 新增 (1.26); the 12 only 公示, awaiting the formal notice, are candidates (would-be sum 1.5). 净增41家 is net of expired certificates, another measure than 新认定 (would-be 0.82). The stock 418家 answers 总数 (0.9952).")

# 2 科小入库: 填报 candidates vs 入库, 占全年目标的 share (no pair), 首批 recognised, 第二批 an ordinal
P = "截至6月底"
row("区科技局",
    "全年科技型中小企业评价入库不少于300家;培育创新型中小企业80家。",
    "截至6月底,全区已完成科技型中小企业网上填报216家,其中通过评价并入库172家,占全年目标的57.3%;认定创新型中小企业首批31家,第二批申报工作正在组织中。",
    targets=[M("300家", 300, "家", "科技型中小企业评价入库", bound="min"),
             M("80家", 80, "家", "培育创新型中小企业")],
    actuals=[M("216家", 216, "家", "科技型中小企业网上填报(candidates)", period=P),
             M("172家", 172, "家", "通过评价并入库科技型中小企业", period=P),
             M("57.3%", 57.3, "%", "占全年目标的(比例)", period=P),
             M("31家", 31, "家", "首批认定创新型中小企业", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="入库172家 answers (0.5733, the text's own 57.3%, which is a share and does not pair); 填报216家 are applications (would-be 0.72). 首批31家 answers 培育 (0.3875); 第二批 is an ordinal, its applications still being organised.")

# 3 R&D强度 (nothing answers): a year series of earlier years, last year's 2.67% as baseline, this year only 预计
P = "2020—2023年"
row("市科学技术局、市统计局",
    "全社会研发经费投入强度达到2.8%,较上年提高0.15个百分点。",
    "2020—2023年,全市R&D经费投入强度分别为2.31%、2.45%、2.58%和2.67%,逐年稳步提升;今年全社会研发经费投入预计达到187.6亿元,同比增长11.2%,投入强度预计为2.79%左右,较上年提高0.12个百分点,正式数据待国家统计局、省统计局明年联合公布。",
    targets=[M("2.8%", 2.8, "%", "全社会研发经费投入强度"),
             M("0.15个百分点", 0.15, "个百分点", "研发经费投入强度", kind="growth")],
    actuals=[M("2.31%", 2.31, "%", "R&D经费投入强度(2020年)", period=P),
             M("2.45%", 2.45, "%", "R&D经费投入强度(2021年)", period=P),
             M("2.58%", 2.58, "%", "R&D经费投入强度(2022年)", period=P),
             M("2.67%", 2.67, "%", "R&D经费投入强度(2023年, last year's baseline)", period=P),
             M("187.6亿元", 187.6, "亿元", "全社会研发经费投入(预计)", period="今年"),
             M("11.2%", 11.2, "%", "研发经费投入同比增长(预计)", kind="growth", period="今年"),
             M("2.79%", 2.79, "%", "研发经费投入强度(预计)", period="今年"),
             M("0.12个百分点", 0.12, "个百分点", "投入强度较上年提高(预计)", kind="growth", period="今年")],
    note="Nothing answers. The 2020—2023 series are earlier years (2.67% is last year's baseline, from which the target's 0.15 rise is counted). This year's figures are all 预计, the official data due next year: the forecasts do not answer (would-be 2.79/2.8 = 0.9964, 0.12/0.15 = 0.8). 187.6亿元 and 11.2% have no target. R&D is a name.")

# 4 县 R&D强度: the realised year answers, a point rise with no points target, rank not a mention
P = "2023年"
row("县科技局、县统计局",
    "2023年全县R&D经费投入强度提高到2.2%以上,规上工业企业研发机构覆盖率达到45%。",
    "经省统计局反馈,2023年全县R&D经费投入强度为2.26%,较上年提高0.21个百分点,增幅排名全市第3位;全县规上工业企业中建有研发机构的238家,覆盖率为43.5%,较上年提高3.8个百分点。",
    targets=[M("2.2%", 2.2, "%", "R&D经费投入强度", bound="min"),
             M("45%", 45, "%", "规上工业企业研发机构覆盖率")],
    actuals=[M("2.26%", 2.26, "%", "R&D经费投入强度", period=P),
             M("0.21个百分点", 0.21, "个百分点", "R&D经费投入强度较上年提高", kind="growth", period=P),
             M("238家", 238, "家", "建有研发机构的规上工业企业"),
             M("43.5%", 43.5, "%", "规上工业企业研发机构覆盖率"),
             M("3.8个百分点", 3.8, "个百分点", "覆盖率较上年提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="2.26/2.2 = 1.0273 (min met); 43.5/45 = 0.9667. The point rises (0.21, 3.8) have no points target; 238家 is the numerator of the coverage rate. 排名全市第3位 is a rank; 2023年 a year.")

# 5 技术合同 half-year: level and growth answered, 占全年目标的 share does not pair, 其中 parts
P = "1-6月"
row("市科学技术局(市技术市场管理办公室)",
    "技术合同成交额突破30亿元,同比增长20%以上。",
    "1-6月,全市共登记技术合同1286项,成交额14.2亿元,同比增长23.5%,占全年目标的47.3%;其中技术开发合同成交额8.7亿元,技术转让合同成交额1.9亿元。",
    targets=[M("30亿元", 30, "亿元", "技术合同成交额", bound="min"),
             M("20%", 20, "%", "技术合同成交额", kind="growth", bound="min")],
    actuals=[M("1286项", 1286, "项", "登记技术合同", period=P),
             M("14.2亿元", 14.2, "亿元", "技术合同成交额", period=P),
             M("23.5%", 23.5, "%", "技术合同成交额同比增长", kind="growth", period=P),
             M("47.3%", 47.3, "%", "占全年目标的(比例)", period=P),
             M("8.7亿元", 8.7, "亿元", "技术开发合同成交额", period=P),
             M("1.9亿元", 1.9, "亿元", "技术转让合同成交额", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="Half-year 14.2亿元 against 30亿元 (0.4733; the text's 47.3% is that share and does not pair). 23.5/20 = 1.175. 成交额 has its subject elided (技术合同). The contract count and the 其中 parts (开发, 转让) have no target.")

# 6 技術合同 (traditional): 成交額 and its 其中 技術交易額 each answer, 吸納 is another measure
P = "全年"
row("市科學技術局",
    "技術合同登記成交額達到50億元,其中技術交易額達到35億元。",
    "全年登記技術合同2461項,技術合同成交額56.3億元,同比增長18.4%,其中技術交易額41.2億元;本市企業、高校院所吸納技術合同成交額38.9億元。",
    targets=[M("50億元", 50, "億元", "技術合同登記成交額"),
             M("35億元", 35, "億元", "技術交易額")],
    actuals=[M("2461項", 2461, "項", "登記技術合同", period=P),
             M("56.3億元", 56.3, "億元", "技術合同成交額", period=P),
             M("18.4%", 18.4, "%", "技術合同成交額同比增長", kind="growth", period=P),
             M("41.2億元", 41.2, "億元", "技術交易額", period=P),
             M("38.9億元", 38.9, "億元", "吸納技術合同成交額")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Traditional characters. 56.3/50 = 1.126; the 其中 part 技術交易額 answers its own sub-target (41.2/35 = 1.1771). 吸納 (contracts bought by local buyers) is another measure than the registered (sold) amount (would-be 0.778). The growth has no target.")


# ---------------------------------------------------------------------------------------------
# 人才办 / 人社局: talent (items 7-8)
# ---------------------------------------------------------------------------------------------

# 7 高层次人才: total with 其中 parts answering sub-targets, 达成引进意向 candidates, 万人 against 万人
P = "全年"
row("市委人才办、市人力资源和社会保障局",
    "全年引进高层次人才1000名以上,其中博士200名、顶尖人才5名;新引进青年大学生2万人。",
    "全年共引进各类高层次人才1086名,其中博士213名,国家级领军人才等顶尖人才3名,另与2名院士团队达成引进意向、正在商谈落地;新引进青年大学生2.36万人,同比增长12.4%。",
    targets=[M("1000名", 1000, "名", "引进高层次人才", bound="min"),
             M("200名", 200, "名", "引进博士"),
             M("5名", 5, "名", "引进顶尖人才"),
             M("2万人", 2, "万人", "新引进青年大学生")],
    actuals=[M("1086名", 1086, "名", "引进各类高层次人才", period=P),
             M("213名", 213, "名", "引进博士", period=P),
             M("3名", 3, "名", "引进国家级领军人才等顶尖人才", nth=1, period=P),
             M("2名", 2, "名", "达成引进意向的院士团队(candidates)"),
             M("2.36万人", 2.36, "万人", "新引进青年大学生", period=P),
             M("12.4%", 12.4, "%", "新引进青年大学生同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a5"])],
    note="1086/1000 = 1.086 (以上 binds to 1000 only); the 其中 parts answer the sub-targets: 213/200 = 1.065, 3/5 = 0.6. The 2 academician teams have only an intention (达成引进意向), candidates (would-be sum 1.0). 2.36万 / 2万 = 1.18. '3名' nth 0 lies inside '213名'.")

# 8 博士后: 获批 vs 评审通过待批复 (elided subject, '2家' twice), 进站 this year vs 在站 stock
row("市人力资源和社会保障局",
    "新建博士后科研工作站3家、博士后创新实践基地5家,全年新招收博士后研究人员40名。",
    "新获批设立博士后科研工作站2家,另有2家已通过专家评审,待人力资源社会保障部、全国博士后管委会批复;新认定省级博士后创新实践基地6家;全年进站博士后研究人员37名,目前在站博士后累计126名。",
    targets=[M("3家", 3, "家", "新建博士后科研工作站"),
             M("5家", 5, "家", "新建博士后创新实践基地"),
             M("40名", 40, "名", "新招收博士后研究人员")],
    actuals=[M("2家", 2, "家", "新获批设立博士后科研工作站", nth=0),
             M("2家", 2, "家", "通过专家评审待批复的工作站(candidates)", nth=1),
             M("6家", 6, "家", "新认定省级博士后创新实践基地"),
             M("37名", 37, "名", "进站博士后研究人员", period="全年"),
             M("126名", 126, "名", "在站博士后累计(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="获批2家 answers (0.6667); the other 2家 (subject elided) passed review and await approval, candidates (would-be sum 1.3333). 6/5 = 1.2. 进站37名 this year answers 新招收 (0.925); 在站累计126名 is the stock (would-be 3.15).")


# ---------------------------------------------------------------------------------------------
# 知识产权 and digital infrastructure (items 9-11)
# ---------------------------------------------------------------------------------------------

# 9 发明专利: 每万人口 rate vs the absolute stock, an increase of the rate, 全年授权 vs all patents
P = "截至12月底"
row("市市场监督管理局(市知识产权局)",
    "每万人口发明专利拥有量达到30件,全年发明专利授权量2500件以上。",
    "截至12月底,全市有效发明专利2.86万件,每万人口发明专利拥有量31.4件,较上年末增加4.2件;全年发明专利授权2318件,同比增长9.6%;各类专利授权总量1.52万件。",
    targets=[M("30件", 30, "件", "每万人口发明专利拥有量"),
             M("2500件", 2500, "件", "全年发明专利授权量", bound="min")],
    actuals=[M("2.86万件", 2.86, "万件", "有效发明专利(stock)", period=P),
             M("31.4件", 31.4, "件", "每万人口发明专利拥有量", period=P),
             M("4.2件", 4.2, "件", "每万人口发明专利拥有量较上年末增加", period=P),
             M("2318件", 2318, "件", "全年发明专利授权", period="全年"),
             M("9.6%", 9.6, "%", "发明专利授权同比增长", kind="growth", period="全年"),
             M("1.52万件", 1.52, "万件", "各类专利授权总量")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="The rate per 10,000 people answers the rate (31.4/30 = 1.0467); the absolute stock 2.86万件 is another measure. 4.2件 is the rate's change. 2318/2500 = 0.9272 (min missed); 1.52万件 counts all patent kinds, broader than 发明专利. 每万人口 is the rate's basis, not a quantity.")

# 10 5G基站: 新建开通 vs 累计, 每万人 rate, 10G-PON port code, rank, 超过 on an actual
row("市通信管理办公室、中国铁塔市分公司",
    "新建5G基站1500个,每万人拥有5G基站数达到25个,新增10G-PON端口2万个。",
    "全年新建开通5G基站1623个,累计建成5G基站9872个,每万人拥有5G基站数达到26.3个,居全省第2位;新增10G-PON端口1.86万个,千兆光网覆盖家庭超过120万户,千兆宽带用户达到42.7万户。",
    targets=[M("1500个", 1500, "个", "新建5G基站"),
             M("25个", 25, "个", "每万人拥有5G基站数"),
             M("2万个", 2, "万个", "新增10G-PON端口")],
    actuals=[M("1623个", 1623, "个", "新建开通5G基站", period="全年"),
             M("9872个", 9872, "个", "累计建成5G基站(stock)"),
             M("26.3个", 26.3, "个", "每万人拥有5G基站数"),
             M("1.86万个", 1.86, "万个", "新增10G-PON端口"),
             M("120万户", 120, "万户", "千兆光网覆盖家庭"),
             M("42.7万户", 42.7, "万户", "千兆宽带用户")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="新建开通1623个 answers (1.082), not the cumulative 9872个 (would-be 6.5813). The rate 26.3/25 = 1.052. 1.86万 / 2万 = 0.93. 5G and 10G-PON are codes (their digits are not quantities); 居全省第2位 is a rank; 超过 on an actual is not a bound. The gigabit figures have no target.")

# 11 算力: phase one built answers, phase two only expected (forecast), racks in 万架, 上架率 without target
row("市数据局、城东智算中心建设指挥部",
    "新增智能算力规模500PFlops,全市数据中心标准机架达到1.2万架。",
    "城东智算中心一期已建成投运,新增智能算力320PFlops;二期180PFlops算力设备已到货,正在安装调试,预计12月底前上线。全市在用数据中心标准机架1.06万架,平均上架率68%。",
    targets=[M("500PFlops", 500, "PFlops", "新增智能算力规模"),
             M("1.2万架", 1.2, "万架", "数据中心标准机架")],
    actuals=[M("320PFlops", 320, "PFlops", "一期新增智能算力"),
             M("180PFlops", 180, "PFlops", "二期算力(安装调试中, forecast)"),
             M("1.06万架", 1.06, "万架", "在用数据中心标准机架"),
             M("68%", 68, "%", "平均上架率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Only phase one is in operation: 320/500 = 0.64; phase two's 180PFlops is still being installed and only expected by 12月底 (would-be sum 1.0). 1.06/1.2 = 0.8833. 一期/二期 are labels; 上架率 has no target.")


# ---------------------------------------------------------------------------------------------
# 经信局: digital economy and digitalisation (items 12-14)
# ---------------------------------------------------------------------------------------------

# 12 数字经济: growth target answered by the growth, not the level; share answered by the interim share; gaps and changes
P = "前三季度"
row("市经济和信息化局、市统计局",
    "数字经济核心产业增加值增长12%,占地区生产总值比重达到10%。",
    "前三季度,全市数字经济核心产业增加值186.4亿元,同比增长13.6%,高于地区生产总值增速7.1个百分点,占地区生产总值比重为9.7%,较上年同期提高0.6个百分点;其中数字产品制造业增加值增长16.2%。",
    targets=[M("12%", 12, "%", "数字经济核心产业增加值", kind="growth"),
             M("10%", 10, "%", "数字经济核心产业增加值占地区生产总值比重")],
    actuals=[M("186.4亿元", 186.4, "亿元", "数字经济核心产业增加值", period=P),
             M("13.6%", 13.6, "%", "数字经济核心产业增加值同比增长", kind="growth", period=P),
             M("7.1个百分点", 7.1, "个百分点", "增速高于地区生产总值增速", period=P),
             M("9.7%", 9.7, "%", "占地区生产总值比重", period=P),
             M("0.6个百分点", 0.6, "个百分点", "比重较上年同期提高", kind="growth", period=P),
             M("16.2%", 16.2, "%", "数字产品制造业增加值增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="The growth target pairs with the growth (13.6/12 = 1.1333), not the level 186.4亿元. The share 9.7/10 = 0.97. 7.1个百分点 is a gap to GDP growth, 0.6个百分点 a change of the share; 数字产品制造业 is a 其中 part with no target.")

# 13 数字化改造: 分别 list in the task answered in order, 诊断 家次 another measure, 报送 candidates
row("市经济和信息化局",
    "完成规上工业企业数字化改造200家,新增省级智能工厂、数字化车间分别5家、20家。",
    "全年完成规上工业企业数字化改造216家,开展免费诊断服务348家次;新认定省级智能工厂4家、数字化车间23家;另有3家企业的智能工厂申报材料已报送省经信厅,等待评审。",
    targets=[M("200家", 200, "家", "规上工业企业数字化改造"),
             M("5家", 5, "家", "新增省级智能工厂"),
             M("20家", 20, "家", "新增省级数字化车间")],
    actuals=[M("216家", 216, "家", "完成规上工业企业数字化改造", period="全年"),
             M("348家次", 348, "家次", "免费诊断服务", period="全年"),
             M("4家", 4, "家", "新认定省级智能工厂"),
             M("23家", 23, "家", "新认定省级数字化车间"),
             M("3家", 3, "家", "智能工厂申报材料已报送等待评审的企业(candidates)", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="216/200 = 1.08; diagnoses (家次) are another measure. 分别5家、20家 is answered in order: 4/5 = 0.8, 23/20 = 1.15. The 3 smart-factory applications await review, candidates (would-be sum 1.4). '3家' nth 0 lies inside '23家'.")

# 14 上云 (county): 今年以来 new vs cumulative stock, 其中 part for this year's new, '2家' inside '652家'
row("县经济商务科技局",
    "推动企业上云用云,新增上云企业800家以上,其中深度用云企业100家。",
    "今年以来新增上云企业652家,全县累计上云企业达到5430家;今年新增的上云企业中深度用云企业71家;与2家云服务商签订战略合作协议。",
    targets=[M("800家", 800, "家", "新增上云企业", bound="min"),
             M("100家", 100, "家", "深度用云企业")],
    actuals=[M("652家", 652, "家", "新增上云企业", period="今年以来"),
             M("5430家", 5430, "家", "累计上云企业(stock)"),
             M("71家", 71, "家", "今年新增深度用云企业", period="今年"),
             M("2家", 2, "家", "签订合作协议的云服务商", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="652/800 = 0.815; the cumulative 5430家 does not answer 新增. The 其中 sub-target is answered by this year's 深度用云 71家 (0.71). The cloud-provider agreements have no target. '2家' nth 0 lies inside '652家'.")


# ---------------------------------------------------------------------------------------------
# 科技服务: vouchers, incubators, R&D institutions, laboratories (items 15-18)
# ---------------------------------------------------------------------------------------------

# 15 科技创新券 (full-width digits): 发放 answers, 兑付 a later stage of the same money, 其中 first-time users
P = "今年以来"
row("市科学技术局、市财政局",
    "发放科技创新券３０００万元,惠及企业５００家。",
    "今年以来累计发放科技创新券２６８０万元,惠及企业４１２家,其中首次使用创新券的企业１５６家;已完成兑付１９５０万元,兑付率７２．８%。",
    targets=[M("３０００万元", 3000, "万元", "发放科技创新券"),
             M("５００家", 500, "家", "惠及企业")],
    actuals=[M("２６８０万元", 2680, "万元", "发放科技创新券", period=P),
             M("４１２家", 412, "家", "惠及企业", period=P),
             M("１５６家", 156, "家", "首次使用创新券的企业", period=P),
             M("１９５０万元", 1950, "万元", "已完成兑付创新券", period=P),
             M("７２．８%", 72.8, "%", "兑付率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Full-width digits. Here 今年以来累计 is year to date: 2680/3000 = 0.8933; 兑付1950万元 is a later stage of the same vouchers, not added (would-be 0.65). 412/500 = 0.824; the 156 first-time users are its part.")

# 16 孵化载体 面积: a combined target answered by the sum of the 分别为 parts, 推荐 candidate for 国家级
row("高新区科技创新局",
    "新增科技企业孵化器、众创空间等孵化载体面积10万平方米,新认定国家级科技企业孵化器1家。",
    "新建成投用科技企业孵化器2家、众创空间3家,新增孵化面积分别为6.2万平方米和1.9万平方米;鹭湖创新园孵化器已通过省科技厅推荐,正在参加国家级孵化器评审。",
    targets=[M("10万平方米", 10, "万平方米", "新增孵化载体面积"),
             M("1家", 1, "家", "新认定国家级科技企业孵化器")],
    actuals=[M("2家", 2, "家", "新建成投用科技企业孵化器"),
             M("3家", 3, "家", "新建成投用众创空间"),
             M("6.2万平方米", 6.2, "万平方米", "新建孵化器孵化面积"),
             M("1.9万平方米", 1.9, "万平方米", "新建众创空间孵化面积")],
    pairs=[("t1", ["a3", "a4"])],
    note="分别为 gives the area of the incubators and of the maker spaces; together they answer the combined 孵化载体 target (6.2 + 1.9 = 8.1万平方米, combine sum, 0.81). The 国家级 incubator is only recommended and under review: unpaired (would-be 1.0). The counts of new carriers have no target.")

# 17 研发机构: a combined target answered by the sum of four kinds, its 其中 sub-target by one of them, 复核 not new
row("市科学技术局、市发展和改革委员会、市经济和信息化局",
    "新建省级以上研发机构25个,其中新型研发机构3个。",
    "新获批省级重点实验室2个、省级工程技术研究中心11个、省级企业技术中心8个,新备案省级新型研发机构2个;另有1家国家企业技术中心通过复核评价。",
    targets=[M("25个", 25, "个", "新建省级以上研发机构"),
             M("3个", 3, "个", "新型研发机构")],
    actuals=[M("2个", 2, "个", "新获批省级重点实验室", nth=0),
             M("11个", 11, "个", "新获批省级工程技术研究中心"),
             M("8个", 8, "个", "新获批省级企业技术中心"),
             M("2个", 2, "个", "新备案省级新型研发机构", nth=1),
             M("1家", 1, "家", "通过复核评价的国家企业技术中心(existing)")],
    pairs=[("t1", ["a1", "a2", "a3", "a4"]), ("t2", ["a4"])],
    note="No total is written: the four new kinds sum to 23 against 25 (combine sum, 0.92). 新备案 is the recognition of a 新型研发机构: 2/3 = 0.6667. The 国家企业技术中心 passing its periodic review is an existing centre, not new.")

# 18 重点实验室 (Chinese numerals): 推荐 candidate for 全国, 两个 and 十二个 answer, 累计 stock
row("市科学技术局",
    "争创全国重点实验室一个,新建省重点实验室三个,建设市级重点实验室十个以上。",
    "全国重点实验室申报材料已由省科技厅推荐报送科技部,正在组织答辩;新获批省重点实验室两个;新认定市级重点实验室十二个,累计达到八十六个。",
    targets=[M("一个", 1, "个", "争创全国重点实验室"),
             M("三个", 3, "个", "新建省重点实验室"),
             M("十个", 10, "个", "建设市级重点实验室", bound="min")],
    actuals=[M("两个", 2, "个", "新获批省重点实验室"),
             M("十二个", 12, "个", "新认定市级重点实验室"),
             M("八十六个", 86, "个", "累计市级重点实验室(stock)")],
    pairs=[("t2", ["a1"]), ("t3", ["a2"])],
    note="Chinese numerals. The 全国重点实验室 application is only recommended and in defence: unpaired (would-be 1.0). 两个/三个 = 0.6667; 十二个/十个 = 1.2; the 累计八十六个 is the stock.")


# ---------------------------------------------------------------------------------------------
# Talent (items 19-20)
# ---------------------------------------------------------------------------------------------

# 19 青年人才 (traditional): a 35歲 class threshold, 建成交付 vs 主體完工, 今年以來累計 subsidies
row("市人力資源和社會保障局、市住房保障中心",
    "新引進青年人才8000名,建成人才公寓1000套,發放人才安居補貼5000萬元。",
    "上半年新引進35歲以下青年人才4126名,其中碩士研究生以上學歷1387名;人才公寓已建成交付620套,另有480套主體完工、正在內部裝修;今年以來累計發放人才安居補貼2860萬元,惠及人才3912人。",
    targets=[M("8000名", 8000, "名", "新引進青年人才"),
             M("1000套", 1000, "套", "建成人才公寓"),
             M("5000萬元", 5000, "萬元", "發放人才安居補貼")],
    actuals=[M("35歲", 35, "歲", "青年人才年齡上限(class threshold)"),
             M("4126名", 4126, "名", "新引進青年人才", period="上半年"),
             M("1387名", 1387, "名", "碩士研究生以上學歷青年人才", period="上半年"),
             M("620套", 620, "套", "已建成交付人才公寓"),
             M("480套", 480, "套", "主體完工正在裝修的人才公寓"),
             M("2860萬元", 2860, "萬元", "發放人才安居補貼", period="今年以來"),
             M("3912人", 3912, "人", "惠及人才", period="今年以來")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. 4126/8000 = 0.5158 (35歲以下 is the class threshold of 青年人才; 碩士以上 a part). 建成交付620套 answers (0.62); the 480 only structurally complete are not built (would-be sum 1.1). 2860/5000 = 0.572.")

# 20 人才计划: 申报 candidates vs 入选 (elided subject), 其中 创新类/创业类 parts, rank
row("市委组织部(人才办)",
    "入选国家级人才计划10人,入选省级人才计划50人以上。",
    "全年组织申报国家级人才计划86人,入选7人;入选省“双创计划”等省级人才计划63人,其中创新类41人、创业类22人,入选人数居全省第4位。",
    targets=[M("10人", 10, "人", "入选国家级人才计划"),
             M("50人", 50, "人", "入选省级人才计划", bound="min")],
    actuals=[M("86人", 86, "人", "申报国家级人才计划(candidates)", period="全年"),
             M("7人", 7, "人", "入选国家级人才计划", period="全年"),
             M("63人", 63, "人", "入选省级人才计划", period="全年"),
             M("41人", 41, "人", "入选省级人才计划创新类", period="全年"),
             M("22人", 22, "人", "入选省级人才计划创业类", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="入选7人 (subject elided) answers (0.7); the 86 applicants are candidates (would-be 8.6). 63/50 = 1.26; its parts 41 + 22 are not added again. “双创计划” is a programme name; 居全省第4位 a rank.")


# ---------------------------------------------------------------------------------------------
# Growth, coordination and year series (items 21-22)
# ---------------------------------------------------------------------------------------------

# 21 A、B均: one growth actual over two metrics answers both growth targets; a share and its change without target
P = "1-9月"
row("经开区科技局",
    "技术合同成交额增长15%,高新技术产业增加值增长12%。",
    "1-9月,全区技术合同成交额、高新技术产业增加值同比均增长15%以上,高新技术产业增加值占规上工业增加值比重达到58.3%,较上年同期提高2.1个百分点。",
    targets=[M("15%", 15, "%", "技术合同成交额", kind="growth"),
             M("12%", 12, "%", "高新技术产业增加值", kind="growth")],
    actuals=[M("15%", 15, "%", "技术合同成交额、高新技术产业增加值同比增长(均)", kind="growth", period=P),
             M("58.3%", 58.3, "%", "高新技术产业增加值占规上工业增加值比重", period=P),
             M("2.1个百分点", 2.1, "个百分点", "比重较上年同期提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a1"])],
    note="A、B均增长15%以上: one mention states the growth of both measures, so it answers both growth targets (15/15 = 1.0, 15/12 = 1.25). 以上 on an actual is not a bound. The share and its point change have no target.")

# 22 高企 year series: the last element answers the stock target; the implied increment is not stated; 三年 a duration
P = "2021—2024年"
row("市科学技术局",
    "到2024年底全市高新技术企业总数突破1000家,当年新增高新技术企业150家。",
    "2021—2024年,全市高新技术企业数量分别为612家、735家、868家和1012家,三年净增400家,如期完成总数目标。",
    targets=[M("1000家", 1000, "家", "高新技术企业总数", bound="min"),
             M("150家", 150, "家", "新增高新技术企业")],
    actuals=[M("612家", 612, "家", "高新技术企业数量(2021年)", period=P),
             M("735家", 735, "家", "高新技术企业数量(2022年)", period=P),
             M("868家", 868, "家", "高新技术企业数量(2023年)", period=P),
             M("1012家", 1012, "家", "高新技术企业数量(2024年)", period=P),
             M("三年", 3, "年", "时长(duration)"),
             M("400家", 400, "家", "三年净增高新技术企业", period=P)],
    pairs=[("t1", ["a4"])],
    note="分别为 over the 2021—2024 series: only the 2024 element answers the year-end stock (1012/1000 = 1.012); the earlier years do not. The year's 新增 is not stated: 1012 − 868 = 144 would have to be computed and is net of expiries (would-be 0.96), and 三年净增400家 covers three years. 三年 is a duration.")


# ---------------------------------------------------------------------------------------------
# Transfer, skills, data (items 23-25)
# ---------------------------------------------------------------------------------------------

# 23 成果转化: count answers, investment with no target; a combined 概念验证中心和中试基地 target, one still forecast
row("市科学技术局、市工业和信息化局",
    "实施重大科技成果转化项目100项,建设概念验证中心和中试基地3个。",
    "全年实施重大科技成果转化项目87项,带动企业新增投资42.6亿元;建成中试基地2个,另有1个概念验证中心完成设备安装调试,预计年底前投入运营。",
    targets=[M("100项", 100, "项", "实施重大科技成果转化项目"),
             M("3个", 3, "个", "建设概念验证中心和中试基地")],
    actuals=[M("87项", 87, "项", "实施重大科技成果转化项目", period="全年"),
             M("42.6亿元", 42.6, "亿元", "带动企业新增投资", period="全年"),
             M("2个", 2, "个", "建成中试基地"),
             M("1个", 1, "个", "完成设备安装调试的概念验证中心(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="87/100 = 0.87. The combined target is answered by the 2 中试基地 built (0.6667); the 概念验证中心 is only expected to run by year end (would-be sum 1.0). The investment has no target.")

# 24 技能人才: total and 其中 part answer, 完成年度目标的 share does not pair, stock and ratio without target
P = "全年"
row("市人力资源和社会保障局",
    "新增技能人才2万人,其中高技能人才6000人;开展补贴性职业技能培训5万人次。",
    "全年新增技能人才2.18万人,完成年度目标的109%,其中高技能人才6420人;开展补贴性职业技能培训4.6万人次,发放培训补贴3860万元;全市技能人才总量达到48.6万人,高技能人才占技能人才比例达到31.2%。",
    targets=[M("2万人", 2, "万人", "新增技能人才"),
             M("6000人", 6000, "人", "新增高技能人才"),
             M("5万人次", 5, "万人次", "开展补贴性职业技能培训")],
    actuals=[M("2.18万人", 2.18, "万人", "新增技能人才", period=P),
             M("109%", 109, "%", "完成年度目标的(比例)", period=P),
             M("6420人", 6420, "人", "新增高技能人才", period=P),
             M("4.6万人次", 4.6, "万人次", "开展补贴性职业技能培训", period=P),
             M("3860万元", 3860, "万元", "发放培训补贴", period=P),
             M("48.6万人", 48.6, "万人", "技能人才总量(stock)"),
             M("31.2%", 31.2, "%", "高技能人才占技能人才比例")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="2.18万 / 2万 = 1.09 (the text's 109% is the share, not paired); 6420/6000 = 1.07; 4.6/5 = 0.92. The stock 48.6万人, the share 31.2% and the subsidy have no target.")

# 25 数据要素: 累计归集 vs 今年新归集 (其中), 新开放 vs 累计开放, 万元 against 亿元
P = "截至10月底"
row("市数据局(市大数据中心)",
    "新归集公共数据5亿条,新开放公共数据集500个,数据产品场内交易额突破1亿元。",
    "截至10月底,市公共数据平台累计归集数据12.6亿条,其中今年新归集3.2亿条;新开放数据集386个,累计开放数据集1620个;我市在省数据交易所挂牌数据产品48个,实现场内交易额6800万元。",
    targets=[M("5亿条", 5, "亿条", "新归集公共数据"),
             M("500个", 500, "个", "新开放公共数据集"),
             M("1亿元", 1, "亿元", "数据产品场内交易额", bound="min")],
    actuals=[M("12.6亿条", 12.6, "亿条", "累计归集数据(stock)", period=P),
             M("3.2亿条", 3.2, "亿条", "今年新归集数据", period=P),
             M("386个", 386, "个", "新开放数据集", period=P),
             M("1620个", 1620, "个", "累计开放数据集(stock)", period=P),
             M("48个", 48, "个", "挂牌数据产品", period=P),
             M("6800万元", 6800, "万元", "场内交易额", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="The 其中 part 今年新归集3.2亿条 answers (0.64), not the cumulative 12.6亿条 (would-be 2.52). 386/500 = 0.772 (not the stock 1620个). 6800万元 against 1亿元: 0.68. The listed products have no target.")


# ---------------------------------------------------------------------------------------------
# Finance, nothing answers, full-width and Chinese numerals (items 26-29)
# ---------------------------------------------------------------------------------------------

# 26 知识产权质押融资: amount and firms answer, 笔 and 首贷 part without target
P = "全年"
row("市市场监督管理局(市知识产权局)、市地方金融监督管理局",
    "知识产权质押融资金额达到20亿元,惠及企业300家。",
    "全年办理专利商标质押登记286笔,质押融资金额23.4亿元,同比增长36.2%,惠及企业312家,其中首贷企业97家。",
    targets=[M("20亿元", 20, "亿元", "知识产权质押融资金额"),
             M("300家", 300, "家", "惠及企业")],
    actuals=[M("286笔", 286, "笔", "专利商标质押登记", period=P),
             M("23.4亿元", 23.4, "亿元", "质押融资金额", period=P),
             M("36.2%", 36.2, "%", "质押融资金额同比增长", kind="growth", period=P),
             M("312家", 312, "家", "惠及企业", period=P),
             M("97家", 97, "家", "首贷企业", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="23.4/20 = 1.17; 312/300 = 1.04 (首贷97家 is its part). The registrations (笔) and the growth have no target.")

# 27 服务平台 (nothing answers): only stages and plans, no number in the progress
row("市科学技术局、高新区管委会",
    "建成市级科技创新综合服务平台1个,引育科技服务机构30家。",
    "平台建设方案已经市政府常务会议审议通过,选址确定在高新区创新大厦,正在进行装修设计招标;科技服务机构引育方面已出台专项扶持办法,首批意向入驻机构正在洽谈对接。",
    targets=[M("1个", 1, "个", "建成市级科技创新综合服务平台"),
             M("30家", 30, "家", "引育科技服务机构")],
    note="Nothing answers: the platform is at the design-tender stage and the service agencies are only in talks (首批 意向 机构, no count). No quantity in the progress.")

# 28 高企申报 (full-width digits): a target about applications is answered by the applications; 新认定 not yet known
P = "截至７月底"
row("市科学技术局",
    "高新技术企业申报数量突破２００家,新认定高新技术企业１２０家以上。",
    "截至７月底,全市已完成高新技术企业网上申报２２６家,较上年同期增加３８家,其中首次申报１３４家;申报材料已全部报送省科技厅,认定结果预计１１月公布。",
    targets=[M("２００家", 200, "家", "高新技术企业申报数量", bound="min"),
             M("１２０家", 120, "家", "新认定高新技术企业", bound="min")],
    actuals=[M("２２６家", 226, "家", "高新技术企业网上申报", period=P),
             M("３８家", 38, "家", "申报数量较上年同期增加", period=P),
             M("１３４家", 134, "家", "首次申报高新技术企业", period=P)],
    pairs=[("t1", ["a1"])],
    note="Full-width digits. The first target is about applications, so the 226 applications answer it (1.13). 新认定 is unpaired: the results are only due in １１月; the 134 first-time applicants are candidates (would-be 1.1167). ７月底 and １１月 are dates.")

# 29 院士专家 (Chinese numerals): 十三名 answers 十名, 两家 built, 一家 awaiting its plaque
row("市科学技术协会、市委人才办",
    "柔性引进院士专家十名,新建院士专家工作站三家。",
    "全年柔性引进院士、国家杰出青年科学基金获得者等高端专家十三名,新建院士专家工作站两家,另有一家已通过省科协评审,待授牌。",
    targets=[M("十名", 10, "名", "柔性引进院士专家"),
             M("三家", 3, "家", "新建院士专家工作站")],
    actuals=[M("十三名", 13, "名", "柔性引进院士等高端专家", period="全年"),
             M("两家", 2, "家", "新建院士专家工作站", period="全年"),
             M("一家", 1, "家", "通过评审待授牌的工作站(candidate)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Chinese numerals. 十三名/十名 = 1.3 (院士 and 杰青 together as 高端专家, the task's 院士专家). 两家/三家 = 0.6667; the 一家 still awaiting its plaque is a candidate (would-be sum 1.0).")


# ---------------------------------------------------------------------------------------------
# Enterprise R&D, patents, industry (items 30-34)
# ---------------------------------------------------------------------------------------------

# 30 研发费用: growth answered by growth (not the level), firms count answers, deduction and tax amounts without target
P = "全年"
row("市工业和信息化局、市税务局",
    "规上工业企业研发费用增长15%,享受研发费用加计扣除政策企业600家。",
    "全年规上工业企业研发费用支出68.4亿元,同比增长17.2%;享受研发费用加计扣除政策企业587家,加计扣除额41.3亿元,减免税额10.3亿元。",
    targets=[M("15%", 15, "%", "规上工业企业研发费用", kind="growth"),
             M("600家", 600, "家", "享受研发费用加计扣除政策企业")],
    actuals=[M("68.4亿元", 68.4, "亿元", "规上工业企业研发费用支出", period=P),
             M("17.2%", 17.2, "%", "研发费用同比增长", kind="growth", period=P),
             M("587家", 587, "家", "享受研发费用加计扣除政策企业", period=P),
             M("41.3亿元", 41.3, "亿元", "加计扣除额", period=P),
             M("10.3亿元", 10.3, "亿元", "减免税额", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="17.2/15 = 1.1467 (the level 68.4亿元 does not answer a growth target); 587/600 = 0.9783. The deduction and the tax relief have no target.")

# 31 高價值發明專利 (traditional): restated target, realised rate answers, year-end forecast does not
row("市市場監督管理局(市知識產權局)",
    "每萬人口高價值發明專利擁有量達到12件,PCT國際專利申請量120件。",
    "年度目標為每萬人口高價值發明專利擁有量12件,截至11月底已達11.6件,預計年底可達12.3件;PCT國際專利申請97件,同比增長21.3%。",
    targets=[M("12件", 12, "件", "每萬人口高價值發明專利擁有量"),
             M("120件", 120, "件", "PCT國際專利申請量")],
    actuals=[M("12件", 12, "件", "每萬人口高價值發明專利擁有量(restated target)"),
             M("11.6件", 11.6, "件", "每萬人口高價值發明專利擁有量", period="截至11月底"),
             M("12.3件", 12.3, "件", "每萬人口高價值發明專利擁有量(預計年底)"),
             M("97件", 97, "件", "PCT國際專利申請"),
             M("21.3%", 21.3, "%", "PCT國際專利申請同比增長", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Traditional characters. 年度目標為…12件 restates the target and does not answer itself; the realised 11.6件 answers (0.9667), the year-end 預計12.3件 is a forecast (would-be 1.025). 97/120 = 0.8083. PCT is a name; 每萬人口 the rate's basis.")

# 32 高新技术产业: level, growth and a point rise each answered by their own kind; 产值 share is another measure
P = "全年"
row("经开区经济发展局",
    "高新技术产业产值达到800亿元、增长10%以上,高新技术产业增加值占规上工业增加值比重提高1个百分点。",
    "全年完成高新技术产业产值826.5亿元,同比增长9.4%,占规上工业总产值的比重为61.2%;高新技术产业增加值占比较上年提高1.3个百分点。",
    targets=[M("800亿元", 800, "亿元", "高新技术产业产值"),
             M("10%", 10, "%", "高新技术产业产值", kind="growth", bound="min"),
             M("1个百分点", 1, "个百分点", "高新技术产业增加值占规上工业增加值比重", kind="growth")],
    actuals=[M("826.5亿元", 826.5, "亿元", "高新技术产业产值", period=P),
             M("9.4%", 9.4, "%", "高新技术产业产值同比增长", kind="growth", period=P),
             M("61.2%", 61.2, "%", "高新技术产业产值占规上工业总产值比重", period=P),
             M("1.3个百分点", 1.3, "个百分点", "增加值占比较上年提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="826.5/800 = 1.0331; 9.4/10 = 0.94 (min missed); the point target pairs with the point rise 1.3 (1.3), not with the level 61.2%, which is the 产值 share, another measure than the 增加值 share.")

# 33 科技創新團隊 (traditional): per-team funding cap as other, 立項 answers, 初審 candidates, A類/B類 labels
row("市委人才工作領導小組辦公室、市科學技術局",
    "引進培育高層次科技創新團隊20個,每個團隊給予最高500萬元資助。",
    "全年評審立項科技創新團隊18個,其中A類團隊4個、B類團隊14個,安排資助資金5360萬元;另有3個團隊已通過初審,待市人才工作領導小組審定。",
    targets=[M("20個", 20, "個", "引進培育高層次科技創新團隊")],
    other=[O("500萬元", 500, "萬元", "funding cap per team (最高, a rule, not a target)")],
    actuals=[M("18個", 18, "個", "評審立項科技創新團隊", period="全年"),
             M("4個", 4, "個", "A類團隊", nth=0, period="全年"),
             M("14個", 14, "個", "B類團隊", period="全年"),
             M("5360萬元", 5360, "萬元", "安排資助資金", period="全年"),
             M("3個", 3, "個", "通過初審待審定的團隊(candidates)")],
    pairs=[("t1", ["a1"])],
    note="Traditional characters. 立項18個 answers (0.9); its A類/B類 parts are not added again; the 3 teams past the first review await approval, candidates (would-be sum 1.05). 最高500萬元 is a per-team cap, not a target; 5360萬元 has no target. A類/B類 are labels.")

# 34 专利/商标 growth: last year's baseline levels, a growth answered, a fall against a growth target (negative ratio)
P = "1-10月"
row("市知识产权局",
    "发明专利授权量增长10%,商标注册量增长8%。",
    "上年全市发明专利授权1860件、商标注册1.24万件。今年1-10月,发明专利授权1742件,同比增长11.8%;商标注册1.06万件,同比下降3.2%。",
    targets=[M("10%", 10, "%", "发明专利授权量", kind="growth"),
             M("8%", 8, "%", "商标注册量", kind="growth")],
    actuals=[M("1860件", 1860, "件", "发明专利授权(上年, baseline)", period="上年"),
             M("1.24万件", 1.24, "万件", "商标注册(上年, baseline)", period="上年"),
             M("1742件", 1742, "件", "发明专利授权", period=P),
             M("11.8%", 11.8, "%", "发明专利授权同比增长", kind="growth", period=P),
             M("1.06万件", 1.06, "万件", "商标注册", period=P),
             M("3.2%", 3.2, "%", "商标注册同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a6"])],
    note="Growth targets pair with the 1-10月 changes: 11.8/10 = 1.18; the trademark registrations fell, so the ratio against the growth target is negative (−3.2/8 = −0.4). Last year's levels are baselines; the levels this year do not answer a growth target.")


# ---------------------------------------------------------------------------------------------
# County, institutions, platforms, software, science literacy, doctors (items 35-40)
# ---------------------------------------------------------------------------------------------

# 35 科技特派員 (traditional): 不少於 min met, coverage rate answered, 三級 a tier label, training without target
P = "全年"
row("縣科學技術局、縣農業農村局",
    "選派科技特派員不少於150名,實現行政村科技特派員服務全覆蓋(覆蓋率100%)。",
    "全年選派省、市、縣三級科技特派員168名,其中省級科技特派員26名,服務行政村213個,行政村覆蓋率達到100%;開展技術培訓412場次。",
    targets=[M("150名", 150, "名", "選派科技特派員", bound="min"),
             M("100%", 100, "%", "行政村科技特派員服務覆蓋率")],
    actuals=[M("168名", 168, "名", "選派科技特派員", period=P),
             M("26名", 26, "名", "省級科技特派員", period=P),
             M("213個", 213, "個", "服務行政村", period=P),
             M("100%", 100, "%", "行政村覆蓋率", period=P),
             M("412場次", 412, "場次", "開展技術培訓", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Traditional characters. 168/150 = 1.12 (省級26名 a part); 100/100 = 1.0 (213 villages are the numerator's count). 三級 is a tier label (省、市、縣), not a count. Training has no target.")

# 36 新型研发机构: 新备案 answers 新培育 (not the stock), interim income answers the annual level
P = "前三季度"
row("市科学技术局",
    "新培育新型研发机构5家,新型研发机构技术服务收入达到3亿元。",
    "前三季度新备案市级新型研发机构4家,全市新型研发机构总数达到23家,实现技术服务收入2.16亿元,同比增长14.8%,孵化科技型企业47家。",
    targets=[M("5家", 5, "家", "新培育新型研发机构"),
             M("3亿元", 3, "亿元", "新型研发机构技术服务收入")],
    actuals=[M("4家", 4, "家", "新备案市级新型研发机构", period=P),
             M("23家", 23, "家", "新型研发机构总数(stock)", period=P),
             M("2.16亿元", 2.16, "亿元", "技术服务收入", period=P),
             M("14.8%", 14.8, "%", "技术服务收入同比增长", kind="growth", period=P),
             M("47家", 47, "家", "孵化科技型企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="4/5 = 0.8 (the stock 23家 does not answer). 前三季度 income 2.16/3 = 0.72. The growth and the incubated firms have no target.")

# 37 工业互联网: 新认定 answers 市级以上 (其中 a 省级 part), “5G+” a code, scenes with a 其中 part
row("市经济和信息化局、市通信管理办公室",
    "培育市级以上工业互联网平台5个,打造“5G+工业互联网”应用场景30个。",
    "新认定市级工业互联网平台4个,其中1个入选省级重点平台;打造“5G+工业互联网”典型应用场景36个,其中2个入选工信部试点示范项目。",
    targets=[M("5个", 5, "个", "培育市级以上工业互联网平台"),
             M("30个", 30, "个", "“5G+工业互联网”应用场景")],
    actuals=[M("4个", 4, "个", "新认定市级工业互联网平台"),
             M("1个", 1, "个", "入选省级重点平台"),
             M("36个", 36, "个", "“5G+工业互联网”典型应用场景"),
             M("2个", 2, "个", "入选工信部试点示范项目")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="4/5 = 0.8; the 1 selected as a provincial platform is one of the 4, not added. 36/30 = 1.2 (其中2个 its part). “5G+” is a code; its 5 is not a quantity.")

# 38 软件 (full-width digits): growth and level both answered by the 1-11月 figures, the full-year forecast does not
P = "１-１１月"
row("市工业和信息化局(市软件产业发展中心)",
    "软件和信息技术服务业营业收入增长１５％,达到２８０亿元。",
    "１-１１月,全市软件和信息技术服务业实现营业收入２４６．８亿元,同比增长１６．３％,其中软件业务收入１７２．４亿元;预计全年营业收入可达２７５亿元左右。",
    targets=[M("１５％", 15, "%", "软件和信息技术服务业营业收入", kind="growth"),
             M("２８０亿元", 280, "亿元", "软件和信息技术服务业营业收入")],
    actuals=[M("２４６．８亿元", 246.8, "亿元", "软件和信息技术服务业营业收入", period=P),
             M("１６．３％", 16.3, "%", "营业收入同比增长", kind="growth", period=P),
             M("１７２．４亿元", 172.4, "亿元", "软件业务收入", period=P),
             M("２７５亿元", 275, "亿元", "预计全年营业收入(forecast)", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="Full-width digits (and ％). 16.3/15 = 1.0867; the realised 1-11月 level 246.8/280 = 0.8814; the 预计全年275亿元 is a forecast (would-be 0.9821). 软件业务收入 is a 其中 part.")

# 39 科普: survey rate answered, point rise without points target, 第十三次 an ordinal, 新认定 vs 累计
row("市科学技术协会",
    "公民具备科学素质的比例达到15%,新建市级科普教育基地10个。",
    "根据第十三次中国公民科学素质抽样调查结果,全市公民具备科学素质的比例为14.6%,较上次调查提高2.3个百分点;新认定市级科普教育基地12个,全市累计达到78个。",
    targets=[M("15%", 15, "%", "公民具备科学素质的比例"),
             M("10个", 10, "个", "新建市级科普教育基地")],
    actuals=[M("14.6%", 14.6, "%", "公民具备科学素质的比例"),
             M("2.3个百分点", 2.3, "个百分点", "比例较上次调查提高", kind="growth"),
             M("12个", 12, "个", "新认定市级科普教育基地"),
             M("78个", 78, "个", "累计市级科普教育基地(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="14.6/15 = 0.9733; the 2.3-point rise has no points target. 12/10 = 1.2, not the stock 78个. 第十三次 is an ordinal (the survey's round).")

# 40 博士引进: earlier years' series, 达成意向 candidates, 签约入职 part answers, 人才总量 not yet counted
row("区人才工作局",
    "全年新引进博士及博士后人才300名,全区人才总量达到25万人。",
    "2021—2023年,全区分别引进博士及博士后人才186名、224名和261名;今年以来,已与312名博士达成引进意向,其中已签约入职的博士及博士后138名。人才总量统计将于年底开展。",
    targets=[M("300名", 300, "名", "新引进博士及博士后人才"),
             M("25万人", 25, "万人", "全区人才总量")],
    actuals=[M("186名", 186, "名", "引进博士及博士后人才(2021年)", period="2021—2023年"),
             M("224名", 224, "名", "引进博士及博士后人才(2022年)", period="2021—2023年"),
             M("261名", 261, "名", "引进博士及博士后人才(2023年)", period="2021—2023年"),
             M("312名", 312, "名", "达成引进意向的博士(candidates)", period="今年以来"),
             M("138名", 138, "名", "已签约入职的博士及博士后", period="今年以来")],
    pairs=[("t1", ["a5"])],
    note="The 2021—2023 series are earlier years (261 last year would be 0.87). Of the 312 with an intention (candidates, would-be 1.04), only the 138 signed and in post are brought in: 138/300 = 0.46. 人才总量 is not yet counted: unpaired.")


probe.write(Path(__file__).with_name("probe-science.gold.jsonl"))
