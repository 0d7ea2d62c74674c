"""Writes probe-province.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row pairs one of the main expected
targets (主要预期目标) that a province's previous-year government work report set for the year with
what that province's review of the past year (过去一年工作回顾, delivered after the year ended) or its
statistical communique (统计公报) reported for the full year: 地区生产总值 growth (with the quarterly
cumulative series and the three sectors), 规模以上工业/制造业/服务业增加值, 一般公共预算收入 (自然口径 vs
同口径), 固定资产投资 (a fall answering a growth target), 社会消费品零售总额 (城镇/乡村 parts, 1-11月 vs
预计全年), 外贸进出口 and 实际使用外资 (in words only, in 亿美元, as a sum of 出口 + 进口), 城镇新增就业,
失业人员再就业 and 就业困难人员就业, 城镇调查失业率 (全年平均 vs 12月末, 登记失业率), 居民消费价格
(持平, a restated target), 居民人均可支配收入 (城镇/农村 分别, 名义 vs 实际), 粮食产量 (亿斤 vs 万吨, a
2021-2024 series), 单位地区生产总值能耗 (初步测算, 预计 for the elapsed year, “十四五” cumulative),
研发经费投入 and 强度 (个百分点, a data year lagging behind), 数字经济 vs 数字经济核心产业, 常住 vs 户籍
人口城镇化率, 高速公路/国省干线/农村公路 公里 (各, segments summed, 交工检测 pending), 保障性租赁住房 +
公租房 套 summed, 老旧小区 个, 棚户区改造 新开工/基本建成, 造林 万亩 and 森林覆盖率 (a 2022-2024 series),
PM2.5 微克/立方米 (caps, 分别 in reversed order), 优良天数比例 (raw vs 扣除沙尘), 重污染天数比例, 地表水
国控断面 and 水源地, 高标准农田 (a remainder expected next spring), 超百亿元企业.
The departments in charge are the row's owners. Eight rows are entirely in traditional characters
(items 7, 11, 17, 21, 27, 31, 33, 38); four use full-width digits (13, 23, 31, 35); five use Chinese
numerals (15, 25, 26, 29, 31).

Gold decisions:
- Every progress text is a review delivered after the year ended (or the year's communique), so a
  预计全年 / 初步测算 / 预计…达到 figure for that year is an estimate for an elapsed period and answers
  (items 17, 19, 37); a forecast for a period still to come (48万亩 expected before next spring's
  ploughing, item 36; a segment awaiting 交工检测 and planned to open next year, item 25) does not.
  Where both a realised 1-11月 figure and a full-year estimate exist, the full-year estimate answers
  the annual target (37); where only the 1-11月 figure exists it answers (37, 网上零售额).
- Growth pairs with growth, level with level, reduction with reduction; a fall answering a growth
  target keeps kind reduction and gets a signed ratio (item 4: -0.3). 与上年持平 is a zero change,
  annotated as an actual "持平" with value 0 and paired with ratio 0 (item 10); in item 13
  与地区生产总值增速持平 compares two rates and is not a quantity.
- 完成年度目标的X% is a share: an actual of its own that never answers the count target (8, 27); when
  only the share is given the target is left unpaired with the would-be ratio in the note (38).
- A restated target in the progress (年初确定的…5.5%以内、…3%左右, item 11) is an actual that does not
  answer; the realised value (实际上涨0.4%) does.
- Series (2021年至2024年…分别为, 2022年、2023年、2024年…分别为, 一季度、上半年、前三季度…分别) pair only
  the element of the year (or the full year) the target is set for (1, 15, 30); a value for the year
  before (2023年研发经费投入强度, 19) does not answer a 2024 target.
- 分别 in the progress maps values in order even when the order differs from the task's (33); 均 in
  the progress gives one actual that answers two targets (40); 各300公里以上 in the task is two
  targets on the same span (24); 分别增长5.5%、7%左右 in the task is two targets, 左右 read as
  qualifying the whole list (12).
- Sums of parts answer a total when only parts are reported: 出口 + 进口 (35), 保障性租赁住房 + 公租房
  (26), three motorway segments (25). Parts reported beside their total (夏粮/秋粮, 城镇/乡村,
  人工造林/封山育林, three sectors) are not added again.
- A broader or different measure does not answer: 数字经济 for 数字经济核心产业 (20), 失业人员再就业 or
  公益性岗位 for 就业困难人员 (28), 创业带动就业 for 城镇新增就业 (38), 扣除房地产开发投资 for 固定资产投资
  (4), 登记失业率 and 12月末 for the 全年 调查失业率 (9), 户籍 for 常住 城镇化率 (23), the 扣除沙尘 rate
  for the plain 优良天数比例 (34), 自然口径 vs 同口径 (3: the 同口径 figure answers, since that is the
  basis on which the budget target was set). Paraphrases of the same measure do answer: 第三产业 for
  服务业 (2), 初次去向落实率 for 就业率 (8), 重度及以上污染天数 for 重污染天数 (32).
- Rows where nothing answers: 6 (targets only in words, no number), 20 (a broader aggregate), 28 (only
  other groups and posts). Row 38 answers only its second target.
- Durations are annotated (三年 in the task as other, 26; 连续四年 in the progress as an actual, 15);
  class thresholds (5000萬美元以上, 超1億美元, 超百亿元, 10亿元以上, 高於35微克/立方米) are other in the task and
  actuals in the progress.
- Series elements whose year is written only as a range (2021年至2024年, item 15) carry the year in
  the metric and period null; elsewhere the governing 全年 / 年末 / 1-11月 / 截至12月底 / a written
  year is the period.
Deliberately unannotated digit and numeral runs: years (2021-2024 and 2023年, 2024年), dates and
periods (12月末, 12月底, 1-11月, 上半年), the names PM2.5 and 5G, the age band 16-24岁, the label
“十四五”, the basis 每万人 (its 万 matches the numeral pattern), the class labels 劣Ⅴ类 (no digit), and 一 in the word
一次性因素 (matched by the numeral pattern before 次).
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated.
Run: cd tests/cases && python make_probe_province.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe29")
row = probe.row


# ---------------------------------------------------------------------------------------------
# A province's review of the past year / statistical communique against the main expected targets
# ---------------------------------------------------------------------------------------------

# 1 GDP: full-year growth answers; the quarterly cumulative series (一季度/上半年/前三季度) does not
P = "全年"
row("省发展改革委、省统计局",
    "地区生产总值增长5.5%左右,在实际工作中努力争取更好结果。",
    "初步核算,全年地区生产总值5.86万亿元,比上年增长5.7%,高于全国0.7个百分点;分季度看,一季度、上半年、前三季度分别增长5.1%、5.4%、5.6%,经济运行逐季回升、稳中向好。",
    targets=[M("5.5%", 5.5, "%", "地区生产总值增长", kind="growth", bound="approx")],
    actuals=[M("5.86万亿元", 5.86, "万亿元", "地区生产总值", period=P),
             M("5.7%", 5.7, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("0.7个百分点", 0.7, "个百分点", "增速高于全国(差距)", period=P),
             M("5.1%", 5.1, "%", "地区生产总值一季度增长", kind="growth", period="一季度"),
             M("5.4%", 5.4, "%", "地区生产总值上半年增长", kind="growth", period="上半年"),
             M("5.6%", 5.6, "%", "地区生产总值前三季度增长", kind="growth", period="前三季度")],
    pairs=[("t1", ["a2"])],
    note="5.7/5.5 = 1.0364. The 分别 series gives cumulative growth for 一季度/上半年/前三季度 (would-be 0.9273, 0.9818, 1.0182); only the full year answers the annual target. 0.7个百分点 is the gap to the national rate, not a growth.")

# 2 Communique: GDP with three sectors, 规上工业 answered, 服务业 answered by 第三产业 (paraphrase)
P = "全年"
row("省统计局",
    "地区生产总值增长6%左右,规模以上工业增加值增长7%,服务业增加值增长6.5%。",
    "初步核算,全年全省地区生产总值32418.6亿元,按不变价格计算,比上年增长5.8%。其中,第一产业增加值2876.4亿元,增长3.9%;第二产业增加值12903.7亿元,增长6.4%;第三产业增加值16638.5亿元,增长5.6%。全年规模以上工业增加值比上年增长7.2%。",
    targets=[M("6%", 6, "%", "地区生产总值增长", kind="growth", bound="approx"),
             M("7%", 7, "%", "规模以上工业增加值增长", kind="growth"),
             M("6.5%", 6.5, "%", "服务业增加值增长", kind="growth")],
    actuals=[M("32418.6亿元", 32418.6, "亿元", "地区生产总值", period=P),
             M("5.8%", 5.8, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("2876.4亿元", 2876.4, "亿元", "第一产业增加值", period=P),
             M("3.9%", 3.9, "%", "第一产业增加值增长", kind="growth", period=P),
             M("12903.7亿元", 12903.7, "亿元", "第二产业增加值", period=P),
             M("6.4%", 6.4, "%", "第二产业增加值增长", kind="growth", period=P),
             M("16638.5亿元", 16638.5, "亿元", "第三产业增加值", period=P),
             M("5.6%", 5.6, "%", "第三产业增加值增长", kind="growth", period=P),
             M("7.2%", 7.2, "%", "规模以上工业增加值比上年增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a9"]), ("t3", ["a8"])],
    note="5.8/6 = 0.9667; 7.2/7 = 1.0286. 服务业增加值 is the 第三产业增加值 of the communique (same measure, other words): 5.6/6.5 = 0.8615; 第二产业 (6.4%) is not 规上工业. The three sector levels sum to the GDP level and are not added again.")

# 3 一般公共预算收入: 自然口径 vs 同口径 growth; the 同口径 one answers
P = "全年"
row("省财政厅、省税务局",
    "一般公共预算收入增长5%左右。",
    "全年一般公共预算收入3562.4亿元,按自然口径计算增长2.3%,扣除上年同期一次性因素后同口径增长4.6%;其中税收收入2418.7亿元,增长3.1%,税收收入占比67.9%。一般公共预算支出8126.5亿元,增长1.8%,民生支出占比保持在78%以上。",
    targets=[M("5%", 5, "%", "一般公共预算收入增长", kind="growth", bound="approx")],
    actuals=[M("3562.4亿元", 3562.4, "亿元", "一般公共预算收入", period=P),
             M("2.3%", 2.3, "%", "一般公共预算收入自然口径增长", kind="growth", period=P),
             M("4.6%", 4.6, "%", "一般公共预算收入同口径增长", kind="growth", period=P),
             M("2418.7亿元", 2418.7, "亿元", "税收收入", period=P),
             M("3.1%", 3.1, "%", "税收收入增长", kind="growth", period=P),
             M("67.9%", 67.9, "%", "税收收入占比", period=P),
             M("8126.5亿元", 8126.5, "亿元", "一般公共预算支出", period=P),
             M("1.8%", 1.8, "%", "一般公共预算支出增长", kind="growth", period=P),
             M("78%", 78, "%", "民生支出占比(以上)", period=P)],
    pairs=[("t1", ["a3"])],
    note="Two growth rates of the same revenue: the budget target is set on a comparable basis, so the 同口径 4.6% answers: 4.6/5 = 0.92 (自然口径 2.3% would-be 0.46). 税收收入 is a part; spending has no target.")

# 4 固定资产投资: a fall answers the growth target (signed ratio); the ex-real-estate rate is a narrower measure
P = "全年"
row("省发展改革委、省住房城乡建设厅",
    "固定资产投资增长6%左右。",
    "全年固定资产投资比上年下降1.8%,其中基础设施投资增长5.6%,制造业投资增长9.3%,房地产开发投资下降12.4%;扣除房地产开发投资,全省固定资产投资增长4.2%。全年新开工计划总投资10亿元以上项目386个。",
    targets=[M("6%", 6, "%", "固定资产投资增长", kind="growth", bound="approx")],
    actuals=[M("1.8%", 1.8, "%", "固定资产投资比上年下降", kind="reduction", period=P),
             M("5.6%", 5.6, "%", "基础设施投资增长", kind="growth", period=P),
             M("9.3%", 9.3, "%", "制造业投资增长", kind="growth", period=P),
             M("12.4%", 12.4, "%", "房地产开发投资下降", kind="reduction", period=P),
             M("4.2%", 4.2, "%", "扣除房地产开发投资后固定资产投资增长", kind="growth", period=P),
             M("10亿元", 10, "亿元", "计划总投资10亿元以上项目(class threshold)"),
             M("386个", 386, "个", "新开工10亿元以上项目", period=P)],
    pairs=[("t1", ["a1"])],
    note="The growth target is answered by a fall: reduction 1.8 against growth 6 gives the signed ratio -0.3. The 4.2% growth excluding real estate is a narrower measure (would-be 0.7); the parts by sector are not the total.")

# 5 社零: ordinary, with 城镇/乡村 parts and an online share
P = "全年"
row("省商务厅、省统计局",
    "社会消费品零售总额增长6%。",
    "全年社会消费品零售总额2.14万亿元,比上年增长5.3%。按经营单位所在地分,城镇消费品零售额1.83万亿元,增长5.1%;乡村消费品零售额0.31万亿元,增长6.4%。全年实物商品网上零售额增长9.6%,占社会消费品零售总额的比重为27.2%。",
    targets=[M("6%", 6, "%", "社会消费品零售总额增长", kind="growth")],
    actuals=[M("2.14万亿元", 2.14, "万亿元", "社会消费品零售总额", period=P),
             M("5.3%", 5.3, "%", "社会消费品零售总额比上年增长", kind="growth", period=P),
             M("1.83万亿元", 1.83, "万亿元", "城镇消费品零售额", period=P),
             M("5.1%", 5.1, "%", "城镇消费品零售额增长", kind="growth", period=P),
             M("0.31万亿元", 0.31, "万亿元", "乡村消费品零售额", period=P),
             M("6.4%", 6.4, "%", "乡村消费品零售额增长", kind="growth", period=P),
             M("9.6%", 9.6, "%", "实物商品网上零售额增长", kind="growth", period=P),
             M("27.2%", 27.2, "%", "实物商品网上零售额占社零比重", period=P)],
    pairs=[("t1", ["a2"])],
    note="5.3/6 = 0.8833. 城镇/乡村 are parts (乡村 6.4% would-be 1.0667, not the total).")

# 6 外贸、外资: targets only in words; nothing pairs
P = "全年"
row("省商务厅、南湾海关、省外汇管理局",
    "外贸进出口稳中提质,实际使用外资稳中有增。",
    "全年货物进出口总额8426.3亿元,比上年增长4.1%,其中出口5610.2亿元,增长6.8%;进口2816.1亿元,下降0.9%。新设外商投资企业1842家,增长11.6%;实际使用外资62.4亿美元,下降8.7%。",
    actuals=[M("8426.3亿元", 8426.3, "亿元", "货物进出口总额", period=P),
             M("4.1%", 4.1, "%", "货物进出口总额比上年增长", kind="growth", period=P),
             M("5610.2亿元", 5610.2, "亿元", "出口", period=P),
             M("6.8%", 6.8, "%", "出口增长", kind="growth", period=P),
             M("2816.1亿元", 2816.1, "亿元", "进口", period=P),
             M("0.9%", 0.9, "%", "进口下降", kind="reduction", period=P),
             M("1842家", 1842, "家", "新设外商投资企业", period=P),
             M("11.6%", 11.6, "%", "新设外商投资企业增长", kind="growth", period=P),
             M("62.4亿美元", 62.4, "亿美元", "实际使用外资", period=P),
             M("8.7%", 8.7, "%", "实际使用外资下降", kind="reduction", period=P)],
    note="Both targets are stated only in words (稳中提质, 稳中有增): no target quantity, nothing pairs. Every progress quantity is still an actual.")

# 7 實際使用外資 (traditional): 億美元 level with 力爭…以上, a class threshold in both columns
P = "全年"
row("省商務廳、省投資促進局",
    "實際使用外資穩中有增,力爭達到45億美元以上,引進總投資5000萬美元以上外資項目40個。",
    "全年實際使用外資41.8億美元,按可比口徑增長3.2%,其中製造業實際使用外資18.6億美元,佔比44.5%;新設外商投資企業1236家;新引進總投資5000萬美元以上外資項目43個,其中超1億美元項目17個。",
    targets=[M("45億美元", 45, "億美元", "實際使用外資", bound="min"),
             M("40個", 40, "個", "總投資5000萬美元以上外資項目")],
    other=[O("5000萬美元", 5000, "萬美元", "class threshold (總投資5000萬美元以上項目)")],
    actuals=[M("41.8億美元", 41.8, "億美元", "實際使用外資", period=P),
             M("3.2%", 3.2, "%", "實際使用外資按可比口徑增長", kind="growth", period=P),
             M("18.6億美元", 18.6, "億美元", "製造業實際使用外資", period=P),
             M("44.5%", 44.5, "%", "製造業佔比", period=P),
             M("1236家", 1236, "家", "新設外商投資企業", period=P),
             M("5000萬美元", 5000, "萬美元", "總投資5000萬美元以上項目(class threshold)"),
             M("43個", 43, "個", "新引進總投資5000萬美元以上外資項目", period=P),
             M("1億美元", 1, "億美元", "超1億美元項目(class threshold)"),
             M("17個", 17, "個", "超1億美元外資項目", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a7"])],
    note="Traditional characters. 41.8/45 = 0.9289 (the growth 3.2% has no growth target; 穩中有增 is words). 43/40 = 1.075; 超1億美元 17個 is a part. 5000萬美元 is a class threshold in both columns.")

# 8 城镇新增就业: ordinary; the completion share does not pair; 初次去向落实率 answers 就业率 (paraphrase)
P = "全年"
row("省人力资源社会保障厅、省教育厅",
    "城镇新增就业65万人以上,高校毕业生就业率保持在90%以上。",
    "全年城镇新增就业68.7万人,完成年度目标的105.7%;高校毕业生初次去向落实率91.3%,比上年提高0.6个百分点;失业人员再就业21.4万人;农村劳动力转移就业新增18.2万人,转移就业总量达到1126万人。",
    targets=[M("65万人", 65, "万人", "城镇新增就业", bound="min"),
             M("90%", 90, "%", "高校毕业生就业率", bound="min")],
    actuals=[M("68.7万人", 68.7, "万人", "城镇新增就业", period=P),
             M("105.7%", 105.7, "%", "完成年度目标的(比例)", period=P),
             M("91.3%", 91.3, "%", "高校毕业生初次去向落实率", period=P),
             M("0.6个百分点", 0.6, "个百分点", "去向落实率比上年提高", kind="growth", period=P),
             M("21.4万人", 21.4, "万人", "失业人员再就业", period=P),
             M("18.2万人", 18.2, "万人", "农村劳动力转移就业新增", period=P),
             M("1126万人", 1126, "万人", "农村劳动力转移就业总量(stock)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="68.7/65 = 1.0569 (the stated 105.7% is a share, not paired). 初次去向落实率 is the current name of the graduates' employment rate: 91.3/90 = 1.0144.")

# 9 城镇调查失业率: 全年平均 answers; 12月末 and the registered rate do not
row("省人力资源社会保障厅、国家统计局驻省调查总队",
    "城镇调查失业率5.5%左右。",
    "全年城镇调查失业率平均为5.1%,比上年下降0.2个百分点,12月末为4.9%;其中16-24岁青年(不含在校生)失业率较年中高点回落4.6个百分点。年末城镇登记失业率2.8%。",
    targets=[M("5.5%", 5.5, "%", "城镇调查失业率", bound="approx")],
    actuals=[M("5.1%", 5.1, "%", "城镇调查失业率全年平均", period="全年"),
             M("0.2个百分点", 0.2, "个百分点", "调查失业率比上年下降", kind="reduction", period="全年"),
             M("4.9%", 4.9, "%", "12月末城镇调查失业率", period="12月末"),
             M("4.6个百分点", 4.6, "个百分点", "青年失业率较年中高点回落", kind="reduction"),
             M("2.8%", 2.8, "%", "城镇登记失业率", period="年末")],
    pairs=[("t1", ["a1"])],
    note="The year's target is answered by the year's average: 5.1/5.5 = 0.9273; the 12月末 reading (would-be 0.8909) is one month, and the registered rate 2.8% another measure. 16-24岁 is an age-band label.")

# 10 CPI: 与上年持平 is a zero change (ratio 0)
P = "全年"
row("省发展改革委、省市场监管局",
    "居民消费价格涨幅3%左右。",
    "全年居民消费价格与上年持平,其中食品烟酒类价格下降1.2%,衣着类价格上涨1.4%,医疗保健类价格上涨1.1%,服务价格上涨0.8%;工业生产者出厂价格下降2.6%,购进价格下降3.1%。",
    targets=[M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx")],
    actuals=[M("持平", 0, "%", "居民消费价格与上年持平(涨幅)", kind="growth", period=P),
             M("1.2%", 1.2, "%", "食品烟酒类价格下降", kind="reduction", period=P),
             M("1.4%", 1.4, "%", "衣着类价格上涨", kind="growth", period=P),
             M("1.1%", 1.1, "%", "医疗保健类价格上涨", kind="growth", period=P),
             M("0.8%", 0.8, "%", "服务价格上涨", kind="growth", period=P),
             M("2.6%", 2.6, "%", "工业生产者出厂价格下降", kind="reduction", period=P),
             M("3.1%", 3.1, "%", "工业生产者购进价格下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"])],
    note="与上年持平 states a zero rise without a digit: an actual of value 0, ratio 0/3 = 0.0 (the target is in practice a ceiling, but the ratio is mechanical). Category prices and producer prices are other measures.")

# 11 失業率 + CPI (traditional): restated targets do not answer; 實際 values do
P = "全年"
row("省人力資源社會保障廳、省發展改革委",
    "城鎮調查失業率控制在5.5%以內,居民消費價格漲幅3%左右。",
    "年初確定的城鎮調查失業率5.5%以內、居民消費價格漲幅3%左右的調控目標全面實現:全年城鎮調查失業率平均為5.2%,居民消費價格實際上漲0.4%,低於目標2.6個百分點,其中城市上漲0.3%、農村上漲0.6%。",
    targets=[M("5.5%", 5.5, "%", "城鎮調查失業率", bound="max"),
             M("3%", 3, "%", "居民消費價格漲幅", kind="growth", bound="approx")],
    actuals=[M("5.5%", 5.5, "%", "年初確定的城鎮調查失業率目標(restated)"),
             M("3%", 3, "%", "年初確定的居民消費價格漲幅目標(restated)", kind="growth", nth=0),
             M("5.2%", 5.2, "%", "城鎮調查失業率全年平均", period=P),
             M("0.4%", 0.4, "%", "居民消費價格實際上漲", kind="growth", period=P),
             M("2.6個百分點", 2.6, "個百分點", "漲幅低於目標(差距)", period=P),
             M("0.3%", 0.3, "%", "城市居民消費價格上漲", kind="growth", period=P),
             M("0.6%", 0.6, "%", "農村居民消費價格上漲", kind="growth", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="Traditional characters. The progress first restates both targets (5.5%以內, 3%左右): actuals that do not answer. 5.2/5.5 = 0.9455 (under the cap); 0.4/3 = 0.1333. 2.6個百分點 is the gap to the target; 城市/農村 are parts. '3%' nth 1 lies inside '0.3%'.")

# 12 城乡居民收入: 分别 in the task (two targets), 同步 only in words, parts by residence answer
row("省统计局、省农业农村厅、国家统计局驻省调查总队",
    "城乡居民收入增长与经济增长基本同步,城镇、农村居民人均可支配收入分别增长5.5%、7%左右。",
    "全体居民人均可支配收入38462元,比上年增长5.3%;按常住地分,城镇居民人均可支配收入49816元,增长4.5%;农村居民人均可支配收入22104元,增长6.7%,城乡居民收入差距进一步缩小。",
    targets=[M("5.5%", 5.5, "%", "城镇居民人均可支配收入增长", kind="growth", bound="approx"),
             M("7%", 7, "%", "农村居民人均可支配收入增长", kind="growth", bound="approx")],
    actuals=[M("38462元", 38462, "元", "全体居民人均可支配收入"),
             M("5.3%", 5.3, "%", "全体居民人均可支配收入比上年增长", kind="growth"),
             M("49816元", 49816, "元", "城镇居民人均可支配收入"),
             M("4.5%", 4.5, "%", "城镇居民人均可支配收入增长", kind="growth"),
             M("22104元", 22104, "元", "农村居民人均可支配收入"),
             M("6.7%", 6.7, "%", "农村居民人均可支配收入增长", kind="growth")],
    pairs=[("t1", ["a4"]), ("t2", ["a6"])],
    note="分别 in the task gives two growth targets; 左右 at the end of the list is read as qualifying both. 城镇 4.5/5.5 = 0.8182; 农村 6.7/7 = 0.9571. 全体居民 5.3% has no target (同步 with growth is stated only in words).")

# 13 居民人均可支配收入 (full-width digits): 名义 answers, 实际 (deflated) does not; 持平 here compares rates
P = "全年"
row("省统计局、国家统计局驻省调查总队",
    "居民人均可支配收入增长６％左右，与经济增长基本同步。",
    "全年全省居民人均可支配收入３２６８０元，比上年名义增长５．６％，扣除价格因素实际增长５．２％，与地区生产总值增速持平。其中，工资性收入１８３４６元，增长６．１％；经营净收入５２１８元，增长４．３％。",
    targets=[M("６％", 6, "%", "居民人均可支配收入增长", kind="growth", bound="approx")],
    actuals=[M("３２６８０元", 32680, "元", "居民人均可支配收入", period=P),
             M("５．６％", 5.6, "%", "居民人均可支配收入比上年名义增长", kind="growth", period=P),
             M("５．２％", 5.2, "%", "居民人均可支配收入实际增长", kind="growth", period=P),
             M("１８３４６元", 18346, "元", "人均工资性收入", period=P),
             M("６．１％", 6.1, "%", "工资性收入增长", kind="growth", period=P),
             M("５２１８元", 5218, "元", "人均经营净收入", period=P),
             M("４．３％", 4.3, "%", "经营净收入增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"])],
    note="Full-width digits. The target says plain 增长, which is the nominal rate the progress gives first: 5.6/6 = 0.9333 (the real rate would-be 0.8667). 与地区生产总值增速持平 says two rates are equal, not a zero change: not a quantity. 工资性/经营净收入 are parts.")

# 14 粮食: 亿斤 target answered in 万吨 (unit conversion), sown area, yield per 亩
P = "全年"
row("省农业农村厅、省粮食和物资储备局",
    "粮食总产量稳定在700亿斤以上,粮食播种面积稳定在9100万亩以上。",
    "全年粮食总产量3562.8万吨,比上年增加41.3万吨,增长1.2%,其中夏粮1368.4万吨、秋粮2194.4万吨;粮食播种面积9126.5万亩,增加18.2万亩;粮食单产每亩390.4公斤。",
    targets=[M("700亿斤", 700, "亿斤", "粮食总产量", bound="min"),
             M("9100万亩", 9100, "万亩", "粮食播种面积", bound="min")],
    actuals=[M("3562.8万吨", 3562.8, "万吨", "粮食总产量", period=P),
             M("41.3万吨", 41.3, "万吨", "粮食总产量比上年增加", period=P),
             M("1.2%", 1.2, "%", "粮食总产量增长", kind="growth", period=P),
             M("1368.4万吨", 1368.4, "万吨", "夏粮产量", period=P),
             M("2194.4万吨", 2194.4, "万吨", "秋粮产量", period=P),
             M("9126.5万亩", 9126.5, "万亩", "粮食播种面积", period=P),
             M("18.2万亩", 18.2, "万亩", "粮食播种面积增加", period=P),
             M("390.4公斤", 390.4, "公斤", "粮食单产(每亩)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a6"])],
    note="3562.8万吨 = 356.28亿公斤 = 712.56亿斤 against 700亿斤: 1.0179. 9126.5/9100 = 1.0029. 夏粮 + 秋粮 are the parts of the total, not added again; the increases (41.3万吨, 18.2万亩) are absolute changes with no target.")

# 15 粮食 series (Chinese numeral duration): 2021年至2024年分别为 — only the 2024 element answers
row("省农业农村厅、省统计局",
    "2024年粮食产量保持在1300万吨以上,守牢粮食安全底线。",
    "2021年至2024年,全省粮食产量分别为1281.6万吨、1296.3万吨、1308.7万吨、1302.4万吨,连续四年稳定在1280万吨以上;2024年粮食播种面积3460万亩,大豆种植面积达到186万亩。",
    targets=[M("1300万吨", 1300, "万吨", "粮食产量", bound="min")],
    actuals=[M("1281.6万吨", 1281.6, "万吨", "粮食产量(2021年)"),
             M("1296.3万吨", 1296.3, "万吨", "粮食产量(2022年)"),
             M("1308.7万吨", 1308.7, "万吨", "粮食产量(2023年)"),
             M("1302.4万吨", 1302.4, "万吨", "粮食产量(2024年)"),
             M("四年", 4, "年", "连续稳定年数(duration)"),
             M("1280万吨", 1280, "万吨", "连续稳定的粮食产量下限(以上)"),
             M("3460万亩", 3460, "万亩", "粮食播种面积", period="2024年"),
             M("186万亩", 186, "万亩", "大豆种植面积", period="2024年")],
    pairs=[("t1", ["a4"])],
    note="The series maps in order onto 2021-2024; the task's year is 2024: 1302.4/1300 = 1.0018. The largest value 1308.7 is 2023's (would-be 1.0067). 连续四年 is a duration (an actual); 1280万吨以上 is a floor stated over four years. The series elements carry their year in the metric (2022年/2023年 are not written), period null.")

# 16 能耗: ordinary reduction with 初步测算 for the elapsed year
P = "全年"
row("省发展改革委、省工业和信息化厅、省统计局",
    "单位地区生产总值能耗降低2.5%左右,主要污染物排放量继续下降。",
    "经初步测算,全年单位地区生产总值能耗下降2.9%,超额完成年度目标;规模以上工业单位增加值能耗下降4.6%,全省能源消费总量1.86亿吨标准煤,增长2.1%。",
    targets=[M("2.5%", 2.5, "%", "单位地区生产总值能耗降低", kind="reduction", bound="approx")],
    actuals=[M("2.9%", 2.9, "%", "单位地区生产总值能耗下降", kind="reduction", period=P),
             M("4.6%", 4.6, "%", "规模以上工业单位增加值能耗下降", kind="reduction", period=P),
             M("1.86亿吨标准煤", 1.86, "亿吨标准煤", "能源消费总量", period=P),
             M("2.1%", 2.1, "%", "能源消费总量增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"])],
    note="A preliminary estimate for the year that has ended answers: 2.9/2.5 = 1.16. The industrial intensity is a narrower measure; 污染物排放 continuing to fall has no number.")

# 17 能耗 (traditional): 預計全年 in a review after year-end answers; the “十四五” cumulative fall does not
row("省發展改革委、省統計局",
    "單位地區生產總值能耗降低3%左右,完成國家下達的“十四五”節能目標進度要求。",
    "據初步測算,預計全年單位地區生產總值能耗下降3.2%左右,“十四五”以來累計下降12.8%,完成“十四五”目標任務進度的91%;可再生能源發電裝機容量達到4860萬千瓦,佔全部裝機比重提高到52.3%。",
    targets=[M("3%", 3, "%", "單位地區生產總值能耗降低", kind="reduction", bound="approx")],
    actuals=[M("3.2%", 3.2, "%", "預計全年單位地區生產總值能耗下降", kind="reduction", period="全年"),
             M("12.8%", 12.8, "%", "“十四五”以來能耗累計下降", kind="reduction"),
             M("91%", 91, "%", "完成“十四五”目標任務進度(比例)"),
             M("4860萬千瓦", 4860, "萬千瓦", "可再生能源發電裝機容量"),
             M("52.3%", 52.3, "%", "可再生能源裝機佔比")],
    pairs=[("t1", ["a1"])],
    note="Traditional characters. The review is written after the year ended, so 預計全年 is an estimate for an elapsed period and answers: 3.2/3 = 1.0667 (左右 on an actual is not a bound). The cumulative 12.8% since 2021 is not this year's fall; 91% is a progress share against the five-year goal (the 進度要求 target has no number). “十四五” is a label.")

# 18 研发: growth and a 个百分点 rise of the intensity, ordinary
row("省科技厅、省统计局、省财政厅",
    "全社会研发经费投入增长10%以上,研发经费投入强度提高0.1个百分点。",
    "全社会研发经费投入1286.4亿元,比上年增长10.2%,研发经费投入强度达到2.48%,比上年提高0.13个百分点;高新技术企业达到1.62万家,净增1860家;技术合同成交额3260亿元,增长18.5%。",
    targets=[M("10%", 10, "%", "全社会研发经费投入增长", kind="growth", bound="min"),
             M("0.1个百分点", 0.1, "个百分点", "研发经费投入强度提高", kind="growth")],
    actuals=[M("1286.4亿元", 1286.4, "亿元", "全社会研发经费投入"),
             M("10.2%", 10.2, "%", "研发经费投入比上年增长", kind="growth"),
             M("2.48%", 2.48, "%", "研发经费投入强度"),
             M("0.13个百分点", 0.13, "个百分点", "研发经费投入强度比上年提高", kind="growth"),
             M("1.62万家", 1.62, "万家", "高新技术企业"),
             M("1860家", 1860, "家", "高新技术企业净增"),
             M("3260亿元", 3260, "亿元", "技术合同成交额"),
             M("18.5%", 18.5, "%", "技术合同成交额增长", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="10.2/10 = 1.02; the rise 0.13/0.1 = 1.3 (the level 2.48% has no level target). Enterprises and contracts have no target.")

# 19 研发强度: the statistics lag — 2023年 value is the wrong year; the 2024 estimate answers
row("省科技厅、省统计局",
    "2024年研发经费投入强度达到2.5%。",
    "全社会研发投入保持较快增长,2023年全省研发经费投入强度为2.35%,比上年提高0.09个百分点;据初步测算,2024年研发经费投入强度预计达到2.45%左右;新认定省级新型研发机构32家。",
    targets=[M("2.5%", 2.5, "%", "研发经费投入强度")],
    actuals=[M("2.35%", 2.35, "%", "研发经费投入强度(2023年)", period="2023年"),
             M("0.09个百分点", 0.09, "个百分点", "2023年强度比上年提高", kind="growth", period="2023年"),
             M("2.45%", 2.45, "%", "研发经费投入强度(2024年,初步测算预计)", period="2024年"),
             M("32家", 32, "家", "新认定省级新型研发机构")],
    pairs=[("t1", ["a3"])],
    note="The final 2023 figure is the year before the task's (would-be 0.94). The preliminary estimate for 2024, a year already over when the review was written, answers: 2.45/2.5 = 0.98.")

# 20 数字经济核心产业: only the broader 数字经济 is reported; nothing pairs
row("省委网信办、省工业和信息化厅、省数据局",
    "数字经济核心产业增加值占地区生产总值比重达到10%。",
    "数字经济规模突破2.3万亿元,增长11.5%,占地区生产总值比重提高到42.6%;新建5G基站2.4万个,累计建成14.8万个,每万人拥有5G基站18.6个;新增国家级智能制造示范工厂9家。",
    targets=[M("10%", 10, "%", "数字经济核心产业增加值占地区生产总值比重")],
    actuals=[M("2.3万亿元", 2.3, "万亿元", "数字经济规模(broader)"),
             M("11.5%", 11.5, "%", "数字经济规模增长", kind="growth"),
             M("42.6%", 42.6, "%", "数字经济占地区生产总值比重(broader)"),
             M("2.4万个", 2.4, "万个", "新建5G基站"),
             M("14.8万个", 14.8, "万个", "累计建成5G基站(stock)"),
             M("18.6个", 18.6, "个", "每万人拥有5G基站"),
             M("9家", 9, "家", "新增国家级智能制造示范工厂")],
    note="数字经济 (the whole digital economy, 42.6% of GDP) is a broader aggregate than 数字经济核心产业; it does not answer (would-be 4.26). Nothing pairs. 5G is a name; 每万人 is the basis of a per-capita rate.")

# 21 數字經濟核心產業 (traditional): growth below target, a 個百分點 rise above
P = "全年"
row("省數據局、省工業和信息化廳、省統計局",
    "數字經濟核心產業增加值增長15%以上,佔地區生產總值比重提高0.5個百分點。",
    "全年數字經濟核心產業增加值4126億元,增長12.8%,佔地區生產總值比重達到11.3%,比上年提高0.6個百分點;其中電子信息製造業增加值增長18.4%,軟件業務收入2860億元,增長14.1%。",
    targets=[M("15%", 15, "%", "數字經濟核心產業增加值增長", kind="growth", bound="min"),
             M("0.5個百分點", 0.5, "個百分點", "數字經濟核心產業佔比提高", kind="growth")],
    actuals=[M("4126億元", 4126, "億元", "數字經濟核心產業增加值", period=P),
             M("12.8%", 12.8, "%", "數字經濟核心產業增加值增長", kind="growth", period=P),
             M("11.3%", 11.3, "%", "數字經濟核心產業佔地區生產總值比重", period=P),
             M("0.6個百分點", 0.6, "個百分點", "佔比比上年提高", kind="growth", period=P),
             M("18.4%", 18.4, "%", "電子信息製造業增加值增長", kind="growth", period=P),
             M("2860億元", 2860, "億元", "軟件業務收入", period=P),
             M("14.1%", 14.1, "%", "軟件業務收入增長", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Traditional characters. 12.8/15 = 0.8533 (under the floor); the rise 0.6/0.5 = 1.2. The part 電子信息製造業 (18.4%) is not the whole.")

# 22 城镇化率: a 个百分点 rise answers; population stocks without target
row("省发展改革委、省公安厅、省统计局",
    "常住人口城镇化率提高1个百分点左右。",
    "年末全省常住人口9876万人,比上年末减少12万人,其中城镇常住人口6158万人,常住人口城镇化率62.35%,比上年末提高0.92个百分点;全年农业转移人口落户城镇42.6万人。",
    targets=[M("1个百分点", 1, "个百分点", "常住人口城镇化率提高", kind="growth", bound="approx")],
    actuals=[M("9876万人", 9876, "万人", "常住人口", period="年末"),
             M("12万人", 12, "万人", "常住人口比上年末减少", period="年末"),
             M("6158万人", 6158, "万人", "城镇常住人口", period="年末"),
             M("62.35%", 62.35, "%", "常住人口城镇化率", period="年末"),
             M("0.92个百分点", 0.92, "个百分点", "城镇化率比上年末提高", kind="growth", period="年末"),
             M("42.6万人", 42.6, "万人", "农业转移人口落户城镇", period="全年")],
    pairs=[("t1", ["a5"])],
    note="0.92/1 = 0.92 (the level 62.35% has no level target). The population stocks and 落户 have no target.")

# 23 城镇化率 (full-width digits): 常住 level and 户籍 rise — each answered by its own modifier
row("省发展改革委、省自然资源厅、省公安厅",
    "常住人口城镇化率达到６５％，户籍人口城镇化率提高１个百分点。",
    "年末常住人口城镇化率６４．８２％，比上年末提高１．０５个百分点；户籍人口城镇化率５１．３％，提高０．８个百分点；全年新增城镇落户人口２８．４万人。",
    targets=[M("６５％", 65, "%", "常住人口城镇化率"),
             M("１个百分点", 1, "个百分点", "户籍人口城镇化率提高", kind="growth")],
    actuals=[M("６４．８２％", 64.82, "%", "常住人口城镇化率", period="年末"),
             M("１．０５个百分点", 1.05, "个百分点", "常住人口城镇化率比上年末提高", kind="growth", period="年末"),
             M("５１．３％", 51.3, "%", "户籍人口城镇化率", period="年末"),
             M("０．８个百分点", 0.8, "个百分点", "户籍人口城镇化率提高", kind="growth", period="年末"),
             M("２８．４万人", 28.4, "万人", "新增城镇落户人口", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Full-width digits. 64.82/65 = 0.9972. The 1个百分点 rise target is 户籍's: 0.8/1 = 0.8; the 1.05个百分点 rise belongs to 常住 (would-be 1.05, wrong modifier).")

# 24 公路: 各300公里以上 over two metrics, a stock as of 12月底, 在建 not done
P = "全年"
row("省交通运输厅、省发展改革委、省交通投资集团",
    "新增高速公路通车里程、新改建普通国省干线公路各300公里以上,新改建农村公路5000公里。",
    "全年建成通车高速公路项目5个,新增高速公路通车里程426公里,截至12月底全省高速公路通车总里程达到8912公里;新改建普通国省干线公路318公里;新改建农村公路5268公里;在建高速公路项目22个、在建里程2180公里。",
    targets=[M("各300公里", 300, "公里", "新增高速公路通车里程", bound="min"),
             M("各300公里", 300, "公里", "新改建普通国省干线公路", bound="min"),
             M("5000公里", 5000, "公里", "新改建农村公路")],
    actuals=[M("5个", 5, "个", "建成通车高速公路项目", period=P),
             M("426公里", 426, "公里", "新增高速公路通车里程", period=P),
             M("8912公里", 8912, "公里", "高速公路通车总里程(stock)", period="截至12月底"),
             M("318公里", 318, "公里", "新改建普通国省干线公路", period=P),
             M("5268公里", 5268, "公里", "新改建农村公路", period=P),
             M("22个", 22, "个", "在建高速公路项目"),
             M("2180公里", 2180, "公里", "在建高速公路里程")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="各300公里以上 is two targets of 300公里 each: 426/300 = 1.42, 318/300 = 1.06. 5268/5000 = 1.0536. The 8912公里 total is a stock and the 2180公里 under construction are not opened.")

# 25 高速 (Chinese numerals): three opened segments summed; a fourth awaiting 交工检测 does not count
row("省交通运输厅、省高速公路建设指挥部",
    "建成高速公路三百公里,实现县县通高速。",
    "江城至临川高速公路建成通车一百二十八公里,北岭环线高速公路建成通车九十六公里,沿江高速东延段建成通车六十一公里;南山至石门段四十五公里已完成路面铺设,正在开展交工检测,计划今年上半年通车。",
    targets=[M("三百公里", 300, "公里", "建成高速公路")],
    actuals=[M("一百二十八公里", 128, "公里", "江城至临川高速公路建成通车"),
             M("九十六公里", 96, "公里", "北岭环线高速公路建成通车"),
             M("六十一公里", 61, "公里", "沿江高速东延段建成通车"),
             M("四十五公里", 45, "公里", "南山至石门段(待交工检测, candidate)")],
    pairs=[("t1", ["a1", "a2", "a3"])],
    note="Chinese numerals. Only per-segment lengths are given: 128 + 96 + 61 = 285公里 against 300 (combine sum, 0.95). The 45公里 segment awaits its handover inspection and is planned to open in the first half of the new year (would-be sum 1.1). 县县通高速 is a target only in words.")

# 26 保障房 (Chinese numeral money): 保租房 + 公租房 summed; 老旧小区 answered; 三年 is a duration
P = "全年"
row("省住房城乡建设厅、省发展改革委、省财政厅",
    "筹集保障性租赁住房和公租房12万套,实施城镇老旧小区改造三年行动,年内新开工改造城镇老旧小区2800个。",
    "全年筹集保障性租赁住房10.6万套、公租房0.8万套;新开工改造城镇老旧小区2915个,惠及居民41.2万户,加装电梯1326部;争取中央补助资金四十二亿元,完成投资186亿元。",
    targets=[M("12万套", 12, "万套", "筹集保障性租赁住房和公租房"),
             M("2800个", 2800, "个", "新开工改造城镇老旧小区")],
    other=[O("三年", 3, "年", "duration (三年行动)")],
    actuals=[M("10.6万套", 10.6, "万套", "筹集保障性租赁住房", period=P),
             M("0.8万套", 0.8, "万套", "筹集公租房", period=P),
             M("2915个", 2915, "个", "新开工改造城镇老旧小区", period=P),
             M("41.2万户", 41.2, "万户", "老旧小区改造惠及居民", period=P),
             M("1326部", 1326, "部", "加装电梯", period=P),
             M("四十二亿元", 42, "亿元", "争取中央补助资金", period=P),
             M("186亿元", 186, "亿元", "完成投资", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a3"])],
    note="One target over two kinds of housing, reported kind by kind: 10.6 + 0.8 = 11.4万套 (combine sum, 0.95). 2915/2800 = 1.0411. Households, lifts, funds and investment have no target. 三年 is the duration of the action plan.")

# 27 棚戶區改造 (traditional): 新開工 and 基本建成, ordinary; the completion share and 戶 counts beside
P = "全年"
row("省住房城鄉建設廳、各設區市人民政府",
    "棚戶區改造新開工8萬套,基本建成6萬套。",
    "全年棚戶區改造新開工8.35萬套,完成年度計劃的104.4%;基本建成5.72萬套,其中回遷安置3.9萬戶;發放城鎮住房保障家庭租賃補貼2.6萬戶,完成投資412億元。",
    targets=[M("8萬套", 8, "萬套", "棚戶區改造新開工"),
             M("6萬套", 6, "萬套", "棚戶區改造基本建成")],
    actuals=[M("8.35萬套", 8.35, "萬套", "棚戶區改造新開工", period=P),
             M("104.4%", 104.4, "%", "完成年度計劃的(比例)", period=P),
             M("5.72萬套", 5.72, "萬套", "棚戶區改造基本建成", period=P),
             M("3.9萬戶", 3.9, "萬戶", "回遷安置", period=P),
             M("2.6萬戶", 2.6, "萬戶", "發放租賃補貼家庭", period=P),
             M("412億元", 412, "億元", "完成投資", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. 8.35/8 = 1.0437 (104.4% is the share, not paired); 5.72/6 = 0.9533. 回遷安置 counts households (戶), another measure; the rent subsidy has no target.")

# 28 就业困难人员: only other groups and posts are reported; nothing pairs
P = "全年"
row("省人力资源社会保障厅、省民政厅、省残联",
    "帮助城镇就业困难人员实现就业12万人,零就业家庭动态清零。",
    "全年开发城乡公益性岗位3.6万个,发放就业补助资金28.4亿元;零就业家庭实现动态清零;城镇失业人员再就业24.3万人;扶持残疾人就业创业1.2万人。",
    targets=[M("12万人", 12, "万人", "城镇就业困难人员实现就业")],
    actuals=[M("3.6万个", 3.6, "万个", "开发城乡公益性岗位", period=P),
             M("28.4亿元", 28.4, "亿元", "发放就业补助资金", period=P),
             M("24.3万人", 24.3, "万人", "城镇失业人员再就业", period=P),
             M("1.2万人", 1.2, "万人", "扶持残疾人就业创业", period=P)],
    note="No figure for 就业困难人员: 失业人员再就业 is a broader group (would-be 2.025), 残疾人 another group (would-be 0.1), and 公益性岗位 counts posts, not people. Nothing pairs. 动态清零 is a target only in words and is answered only in words.")

# 29 就业 three targets, ordinary; 三项 (Chinese numeral count) and 均 in words
P = "全年"
row("省人力资源社会保障厅",
    "城镇新增就业50万人,城镇失业人员再就业15万人,就业困难人员就业5万人。",
    "全年城镇新增就业52.6万人,城镇失业人员再就业16.1万人,就业困难人员实现就业5.4万人,三项指标均超额完成年度目标任务;年末城镇登记失业率2.9%。",
    targets=[M("50万人", 50, "万人", "城镇新增就业"),
             M("15万人", 15, "万人", "城镇失业人员再就业"),
             M("5万人", 5, "万人", "就业困难人员就业", nth=1)],
    actuals=[M("52.6万人", 52.6, "万人", "城镇新增就业", period=P),
             M("16.1万人", 16.1, "万人", "城镇失业人员再就业", period=P),
             M("5.4万人", 5.4, "万人", "就业困难人员实现就业", period=P),
             M("三项", 3, "项", "超额完成的指标", period=P),
             M("2.9%", 2.9, "%", "城镇登记失业率", period="年末")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="52.6/50 = 1.052; 16.1/15 = 1.0733; 5.4/5 = 1.08. 三项 counts the indicators. '5万人' nth 0 lies inside '15万人'.")

# 30 造林 and 森林覆盖率 series: 2022年、2023年、2024年分别为 — the 2024 element answers
row("省林业局、省自然资源厅",
    "完成造林种草100万亩,2024年森林覆盖率达到62.5%。",
    "全年完成造林种草121.6万亩,其中人工造林38.4万亩;2022年、2023年、2024年全省森林覆盖率分别为61.8%、62.1%、62.48%,森林蓄积量达到7.2亿立方米,林业产业总产值突破6000亿元。",
    targets=[M("100万亩", 100, "万亩", "造林种草"),
             M("62.5%", 62.5, "%", "森林覆盖率")],
    actuals=[M("121.6万亩", 121.6, "万亩", "完成造林种草", period="全年"),
             M("38.4万亩", 38.4, "万亩", "人工造林", period="全年"),
             M("61.8%", 61.8, "%", "森林覆盖率(2022年)", period="2022年"),
             M("62.1%", 62.1, "%", "森林覆盖率(2023年)", period="2023年"),
             M("62.48%", 62.48, "%", "森林覆盖率(2024年)", period="2024年"),
             M("7.2亿立方米", 7.2, "亿立方米", "森林蓄积量"),
             M("6000亿元", 6000, "亿元", "林业产业总产值(突破)")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="121.6/100 = 1.216 (人工造林 is a part). The series maps in order; the 2024 element answers: 62.48/62.5 = 0.9997 (just short). Stock and output have no target.")

# 31 森林 (traditional, full-width digits, Chinese numerals): three targets answered; parts not added
P = "全年"
row("省林業局、各設區市人民政府",
    "森林覆蓋率穩定在６７％以上，完成造林綠化三十萬畝，創建國家森林鄉村十個。",
    "全年完成造林綠化２８．６萬畝，其中人工造林１２．４萬畝、封山育林１６．２萬畝；森林覆蓋率達到６７．３２％，比上年提高０．１２個百分點；新創建國家森林鄉村十二個，累計達到一百零八個。",
    targets=[M("６７％", 67, "%", "森林覆蓋率", bound="min"),
             M("三十萬畝", 30, "萬畝", "造林綠化"),
             M("十個", 10, "個", "創建國家森林鄉村")],
    actuals=[M("２８．６萬畝", 28.6, "萬畝", "完成造林綠化", period=P),
             M("１２．４萬畝", 12.4, "萬畝", "人工造林", period=P),
             M("１６．２萬畝", 16.2, "萬畝", "封山育林", period=P),
             M("６７．３２％", 67.32, "%", "森林覆蓋率", period=P),
             M("０．１２個百分點", 0.12, "個百分點", "森林覆蓋率比上年提高", kind="growth", period=P),
             M("十二個", 12, "個", "新創建國家森林鄉村", period=P),
             M("一百零八個", 108, "個", "累計國家森林鄉村(stock)", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a1"]), ("t3", ["a6"])],
    note="Traditional characters, full-width digits, Chinese numerals. 67.32/67 = 1.0048; 28.6/30 = 0.9533 (人工造林 12.4 + 封山育林 16.2 are its parts, not added again); 12/10 = 1.2 (the 108 are the cumulative stock).")

# 32 空气: PM2.5 cap, 优良 floor, 重污染 cap answered by 重度及以上污染 (paraphrase)
row("省生态环境厅、省气象局",
    "细颗粒物(PM2.5)平均浓度控制在32微克/立方米以内,空气质量优良天数比例达到88%以上,重污染天数比例控制在1%以内。",
    "全省细颗粒物(PM2.5)平均浓度30.6微克/立方米,同比下降4.4%;空气质量优良天数比例90.3%,较上年提高1.6个百分点;重度及以上污染天数比例0.4%,较上年减少0.3个百分点。",
    targets=[M("32微克/立方米", 32, "微克/立方米", "细颗粒物(PM2.5)平均浓度", bound="max"),
             M("88%", 88, "%", "空气质量优良天数比例", bound="min"),
             M("1%", 1, "%", "重污染天数比例", bound="max")],
    actuals=[M("30.6微克/立方米", 30.6, "微克/立方米", "细颗粒物(PM2.5)平均浓度"),
             M("4.4%", 4.4, "%", "PM2.5浓度同比下降", kind="reduction"),
             M("90.3%", 90.3, "%", "空气质量优良天数比例"),
             M("1.6个百分点", 1.6, "个百分点", "优良天数比例较上年提高", kind="growth"),
             M("0.4%", 0.4, "%", "重度及以上污染天数比例"),
             M("0.3个百分点", 0.3, "个百分点", "重污染天数比例较上年减少", kind="reduction")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="30.6/32 = 0.9563 (under the cap); 90.3/88 = 1.0261; 重度及以上污染天数 is the 重污染天数 of the task: 0.4/1 = 0.4 (under the cap). The changes have no target. PM2.5 is a name.")

# 33 空氣 (traditional): 分別 in the progress in the reverse order of the task
row("省生態環境廳、各設區市人民政府",
    "設區市細顆粒物(PM2.5)平均濃度下降到35微克/立方米以下,空氣品質優良天數比例不低於85%。",
    "全省設區市空氣優良天數比例、PM2.5平均濃度分別為86.7%、33.8微克/立方米,分別較上年提高2.1個百分點、下降1.5微克/立方米;其中江城市、臨川市PM2.5平均濃度仍高於35微克/立方米。",
    targets=[M("35微克/立方米", 35, "微克/立方米", "設區市細顆粒物(PM2.5)平均濃度", bound="max"),
             M("85%", 85, "%", "空氣品質優良天數比例", bound="min")],
    actuals=[M("86.7%", 86.7, "%", "設區市空氣優良天數比例"),
             M("33.8微克/立方米", 33.8, "微克/立方米", "設區市PM2.5平均濃度"),
             M("2.1個百分點", 2.1, "個百分點", "優良天數比例較上年提高", kind="growth"),
             M("1.5微克/立方米", 1.5, "微克/立方米", "PM2.5平均濃度較上年下降", kind="reduction"),
             M("35微克/立方米", 35, "微克/立方米", "PM2.5濃度高於(class threshold)")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="Traditional characters. 分別 follows the progress order (優良天數比例 first), the reverse of the task's: PM2.5 33.8/35 = 0.9657 (under the cap), 優良 86.7/85 = 1.02. The second 分別 maps the changes the same way. 35微克/立方米 in the progress is the threshold two cities still exceed.")

# 34 优良天数比例: the plain rate answers, the 扣除沙尘 rate is a modified measure
P = "全年"
row("省生态环境厅",
    "全省环境空气质量优良天数比例达到87.5%。",
    "全年环境空气质量优良天数比例为85.9%,扣除沙尘天气影响后为88.2%,较上年提高0.8个百分点;细颗粒物平均浓度31微克/立方米,臭氧浓度下降2.6%。",
    targets=[M("87.5%", 87.5, "%", "环境空气质量优良天数比例")],
    actuals=[M("85.9%", 85.9, "%", "环境空气质量优良天数比例", period=P),
             M("88.2%", 88.2, "%", "扣除沙尘影响后优良天数比例", period=P),
             M("0.8个百分点", 0.8, "个百分点", "扣沙后优良天数比例较上年提高", kind="growth", period=P),
             M("31微克/立方米", 31, "微克/立方米", "细颗粒物平均浓度", period=P),
             M("2.6%", 2.6, "%", "臭氧浓度下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"])],
    note="The task states the plain rate: 85.9/87.5 = 0.9817. The rate after removing sand-dust days is a modified measure (would-be 1.008), although assessments often use it. PM2.5 and ozone have no target here.")

# 35 外贸 (full-width digits): total answered by 出口 + 进口; 顺差 and 跨境电商 are not parts to add
P = "全年"
row("省商务厅、南湾海关",
    "外贸进出口总额达到６０００亿元，其中出口增长５％以上。",
    "全年全省出口３８４６．２亿元，增长８．１％；进口２０１２．６亿元，下降３．４％；实现贸易顺差１８３３．６亿元。跨境电商进出口额４６８亿元，增长２６．３％。",
    targets=[M("６０００亿元", 6000, "亿元", "外贸进出口总额"),
             M("５％", 5, "%", "出口增长", kind="growth", bound="min")],
    actuals=[M("３８４６．２亿元", 3846.2, "亿元", "出口", period=P),
             M("８．１％", 8.1, "%", "出口增长", kind="growth", period=P),
             M("２０１２．６亿元", 2012.6, "亿元", "进口", period=P),
             M("３．４％", 3.4, "%", "进口下降", kind="reduction", period=P),
             M("１８３３．６亿元", 1833.6, "亿元", "贸易顺差", period=P),
             M("４６８亿元", 468, "亿元", "跨境电商进出口额", period=P),
             M("２６．３％", 26.3, "%", "跨境电商进出口额增长", kind="growth", period=P)],
    pairs=[("t1", ["a1", "a3"]), ("t2", ["a2"])],
    note="Full-width digits. No total is written: 出口 3846.2 + 进口 2012.6 = 5858.8亿元 against 6000 (combine sum, 0.9765). The surplus is a difference and 跨境电商 a subset already inside both; neither is added. Export growth 8.1/5 = 1.62.")

# 36 高标准农田: this year's area answers; 48万亩 expected before next spring is a forecast; 累计 a stock
row("省农业农村厅、省财政厅、省自然资源厅",
    "新建高标准农田380万亩,亩均投入不低于3000元。",
    "全年新建高标准农田352万亩,亩均投入3120元;另有48万亩正在建设,预计今年春耕前全部完工,届时年度任务可超额完成;截至12月底,全省累计建成高标准农田5860万亩,占耕地面积的比重达到62.4%。",
    targets=[M("380万亩", 380, "万亩", "新建高标准农田"),
             M("3000元", 3000, "元", "亩均投入", bound="min")],
    actuals=[M("352万亩", 352, "万亩", "新建高标准农田", period="全年"),
             M("3120元", 3120, "元", "亩均投入", period="全年"),
             M("48万亩", 48, "万亩", "正在建设高标准农田(forecast)"),
             M("5860万亩", 5860, "万亩", "累计建成高标准农田(stock)", period="截至12月底"),
             M("62.4%", 62.4, "%", "高标准农田占耕地面积比重", period="截至12月底")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="352/380 = 0.9263; the 48万亩 still being built are expected only before this spring's ploughing, a forecast (would-be sum 1.0526). 3120/3000 = 1.04. 5860万亩 is the cumulative stock.")

# 37 社零: 1-11月 realised vs 预计全年 (after year-end) — the full-year estimate answers; 网上零售 only 1-11月
P = "1-11月"
row("省商务厅、省统计局、省发展改革委",
    "社会消费品零售总额增长7%左右,网上零售额增长10%以上。",
    "1-11月,全省社会消费品零售总额1.52万亿元,同比增长5.9%,预计全年增长6%左右;网上零售额4286亿元,增长11.8%,其中实物商品网上零售额3612亿元,增长9.4%;汽车类零售额下降2.3%。",
    targets=[M("7%", 7, "%", "社会消费品零售总额增长", kind="growth", bound="approx"),
             M("10%", 10, "%", "网上零售额增长", kind="growth", bound="min")],
    actuals=[M("1.52万亿元", 1.52, "万亿元", "社会消费品零售总额", period=P),
             M("5.9%", 5.9, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("6%", 6, "%", "预计全年社会消费品零售总额增长", kind="growth", period="全年"),
             M("4286亿元", 4286, "亿元", "网上零售额", period=P),
             M("11.8%", 11.8, "%", "网上零售额增长", kind="growth", period=P),
             M("3612亿元", 3612, "亿元", "实物商品网上零售额", period=P),
             M("9.4%", 9.4, "%", "实物商品网上零售额增长", kind="growth", period=P),
             M("2.3%", 2.3, "%", "汽车类零售额下降", kind="reduction", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="The review is written after the year ended, so 预计全年增长6%左右 is an estimate for the elapsed year and answers the annual target: 6/7 = 0.8571 (the realised 1-11月 5.9% would-be 0.8429). For 网上零售额 only the realised 1-11月 rate exists and answers: 11.8/10 = 1.18; 实物商品 (9.4%) is a part.")

# 38 就業 (traditional): only a completion share for 城鎮新增就業 — unpaired; 轉移就業 answered
P = "全年"
row("省人力資源社會保障廳、省鄉村振興局",
    "城鎮新增就業11萬人以上,農村勞動力轉移就業新增3萬人。",
    "全年城鎮新增就業完成年度目標任務的108.6%,農村勞動力轉移就業新增3.2萬人;發放創業擔保貸款46.8億元,扶持創業1.9萬人,帶動就業5.6萬人。",
    targets=[M("11萬人", 11, "萬人", "城鎮新增就業", bound="min"),
             M("3萬人", 3, "萬人", "農村勞動力轉移就業新增")],
    actuals=[M("108.6%", 108.6, "%", "城鎮新增就業完成年度目標任務的(比例)", period=P),
             M("3.2萬人", 3.2, "萬人", "農村勞動力轉移就業新增", period=P),
             M("46.8億元", 46.8, "億元", "發放創業擔保貸款", period=P),
             M("1.9萬人", 1.9, "萬人", "扶持創業", period=P),
             M("5.6萬人", 5.6, "萬人", "創業帶動就業", period=P)],
    pairs=[("t2", ["a2"])],
    note="Traditional characters. 城鎮新增就業 is reported only as a share of the target (108.6%), not as a number of people: t1 is unpaired (would-be 1.086). 帶動就業5.6萬人 counts jobs created by supported start-ups, another measure (would-be 0.5091). 3.2/3 = 1.0667.")

# 39 水质: 国控断面 rate and 水源地 rate, ordinary
row("省生态环境厅、省水利厅、省住房城乡建设厅",
    "地表水国控断面水质优良比例达到90%,县级及以上城市集中式饮用水水源地水质达标率保持100%。",
    "全省112个国控断面中,水质优良断面103个,优良比例92.0%,同比提高1.8个百分点,无劣Ⅴ类断面;县级及以上城市集中式饮用水水源地水质达标率100%。",
    targets=[M("90%", 90, "%", "地表水国控断面水质优良比例"),
             M("100%", 100, "%", "集中式饮用水水源地水质达标率")],
    actuals=[M("112个", 112, "个", "国控断面(scope)"),
             M("103个", 103, "个", "水质优良断面"),
             M("92.0%", 92.0, "%", "国控断面水质优良比例"),
             M("1.8个百分点", 1.8, "个百分点", "优良比例同比提高", kind="growth"),
             M("100%", 100, "%", "水源地水质达标率")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="92.0/90 = 1.0222 (103/112 are its numerator and denominator); 100/100 = 1.0. 无劣Ⅴ类 has no number; Ⅴ类 is a class label.")

# 40 工业: 均增长 in the progress answers two growth targets; a class threshold in both columns
P = "全年"
row("省工业和信息化厅、省统计局",
    "规模以上工业增加值增长7%左右,制造业增加值增长7.5%,新增营业收入超百亿元企业10家。",
    "全年规模以上工业增加值、制造业增加值均增长7.8%,高技术制造业增加值增长14.3%,占规模以上工业增加值比重提高到18.4%;营业收入超百亿元企业新增12家、总数达到58家。",
    targets=[M("7%", 7, "%", "规模以上工业增加值增长", kind="growth", bound="approx"),
             M("7.5%", 7.5, "%", "制造业增加值增长", kind="growth"),
             M("10家", 10, "家", "新增营业收入超百亿元企业")],
    other=[O("超百亿元", 100, "亿元", "class threshold (营业收入超百亿元企业)")],
    actuals=[M("7.8%", 7.8, "%", "规模以上工业增加值、制造业增加值均增长", kind="growth", period=P),
             M("14.3%", 14.3, "%", "高技术制造业增加值增长", kind="growth", period=P),
             M("18.4%", 18.4, "%", "高技术制造业占规上工业比重", period=P),
             M("超百亿元", 100, "亿元", "营业收入超百亿元企业(class threshold)"),
             M("12家", 12, "家", "新增营业收入超百亿元企业", period=P),
             M("58家", 58, "家", "营业收入超百亿元企业总数(stock)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a1"]), ("t3", ["a5"])],
    note="均增长7.8% is one value for both listed metrics and answers both targets: 7.8/7 = 1.1143, 7.8/7.5 = 1.04. 高技术制造业 is a part. 12/10 = 1.2; 58家 is the total stock. 超百亿元 is a class threshold in both columns.")


probe.write(Path(__file__).with_name("probe-province.gold.jsonl"))
