"""Writes probe-commerce.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one item of a city or county
commerce, culture-and-tourism or finance department's progress table: the task is the year's target
from the 政府工作报告 or the department's work plan (商务: 社会消费品零售总额, 限上单位零售额, 网络零售额,
外贸进出口 in 亿元 or 亿美元, 实际使用外资 in 万美元/亿美元, 对外投资, 跨境电商; 文旅: 接待游客, 过夜游客,
旅游总收入, A级景区, 夜间经济; 消费: 新能源汽车, 餐饮收入, 会展, 促消费活动; 金融: 上市企业, 直接融资,
政银企对接; 开放平台: 综合保税区, 开发区), the progress is the department's quarterly or monthly
economic-analysis prose (经济运行分析, 季度通报: 1-9月/前三季度/上半年/一季度, 同比/环比/两年平均增长,
增速较上半年加快/回落…个百分点, 居全市第X位, 占全市比重, 其中 and 分别 parts, 亿美元 beside a target in
亿元 and the reverse, 折合人民币/折合美元, 预计全年, 据初步统计/海关快报, a year-series 2021年至2023年同期
…分别为…, the target restated 年初确定的…目标, a different measure in the same unit 限上 vs 全社会,
网络零售额 vs 实物商品网上零售额, 接待游客 vs 过夜游客, 协议投资额 vs 实际投资额, and rows where nothing
answers). The department in charge is the row's owner. Five rows are in traditional characters;
some use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios (signed; 美元 and 元 amounts are only ever paired with the same
currency), and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_commerce.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe12")
row = probe.row


# ---------------------------------------------------------------------------------------------
# 商务: consumption, retail, online retail (items 1-5)
# ---------------------------------------------------------------------------------------------

# 1 市商务局: 据初步统计, level and growth of 社零, 增速较上半年加快, rank, 城镇/乡村 parts
P = "1-9月"
row("市商务局、市统计局",
    "全年社会消费品零售总额增长6%以上,达到1280亿元。",
    "据初步统计,1-9月全市实现社会消费品零售总额912.6亿元,同比增长5.4%,增速较上半年加快0.6个百分点,高于全省平均1.1个百分点,居全省第4位。分城乡看,城镇消费品零售额768.3亿元,增长5.1%;乡村消费品零售额144.3亿元,增长7.0%。",
    targets=[M("6%", 6, "%", "社会消费品零售总额", kind="growth", bound="min"),
             M("1280亿元", 1280, "亿元", "社会消费品零售总额")],
    actuals=[M("912.6亿元", 912.6, "亿元", "社会消费品零售总额", period=P),
             M("5.4%", 5.4, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("0.6个百分点", 0.6, "个百分点", "增速较上半年加快", kind="growth", period=P),
             M("1.1个百分点", 1.1, "个百分点", "增速高于全省平均", period=P),
             M("768.3亿元", 768.3, "亿元", "城镇消费品零售额", period=P),
             M("5.1%", 5.1, "%", "城镇消费品零售额增长", kind="growth", period=P),
             M("144.3亿元", 144.3, "亿元", "乡村消费品零售额", period=P),
             M("7.0%", 7.0, "%", "乡村消费品零售额增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="据初步统计 is an estimate for the elapsed period 1-9月: an actual. The growth answers the growth target (5.4/6), the level the level (912.6/1280, cumulative progress). 居全省第4位 is a rank. 城镇 and 乡村 are parts of the total (768.3 + 144.3 = 912.6), not answers. 加快0.6 / 高于1.1个百分点 are changes and gaps.")

# 2 市商务局: 限上 target, the broader 全社会 growth given first, 占比, 分别 over two commodity classes
P = "前三季度"
row("市商务局",
    "限额以上单位消费品零售额增长8%。",
    "前三季度,全市社会消费品零售总额同比增长6.2%,其中限额以上单位消费品零售额243.7亿元,同比增长9.3%,占社会消费品零售总额的比重为38.5%,比上年同期提高1.4个百分点。从商品类别看,限额以上单位汽车类、石油及制品类零售额分别增长12.6%和4.1%。",
    targets=[M("8%", 8, "%", "限额以上单位消费品零售额", kind="growth")],
    actuals=[M("6.2%", 6.2, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("243.7亿元", 243.7, "亿元", "限额以上单位消费品零售额", period=P),
             M("9.3%", 9.3, "%", "限额以上单位消费品零售额同比增长", kind="growth", period=P),
             M("38.5%", 38.5, "%", "限上零售额占社会消费品零售总额的比重", period=P),
             M("1.4个百分点", 1.4, "个百分点", "限上占比比上年同期提高", kind="growth", period=P),
             M("12.6%", 12.6, "%", "限额以上单位汽车类零售额增长", kind="growth", period=P),
             M("4.1%", 4.1, "%", "限额以上单位石油及制品类零售额增长", kind="growth", period=P)],
    pairs=[("t1", ["a3"])],
    note="The target is the 限上 measure: 9.3/8 = 1.1625. The 全社会 社零 growth 6.2% is a different (broader) measure in the same unit and does not answer. 分别 maps 12.6%/4.1% onto 汽车类/石油及制品类.")

# 3 县商务局: nothing answers; 限上 targets, only 全社会 社零 and 商品零售/餐饮收入 parts reported
P = "上半年"
row("县商务局",
    "推动限上单位零售额增长10%以上,新增限上商贸企业30家。",
    "上半年,全县实现社会消费品零售总额86.4亿元,同比增长4.7%,增速比一季度回落0.8个百分点,低于全市平均0.5个百分点。其中,商品零售77.9亿元,增长4.2%;餐饮收入8.5亿元,增长9.1%。",
    targets=[M("10%", 10, "%", "限上单位零售额", kind="growth", bound="min"),
             M("30家", 30, "家", "新增限上商贸企业")],
    actuals=[M("86.4亿元", 86.4, "亿元", "社会消费品零售总额", period=P),
             M("4.7%", 4.7, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("0.8个百分点", 0.8, "个百分点", "增速比一季度回落", kind="reduction", period=P),
             M("0.5个百分点", 0.5, "个百分点", "增速低于全市平均", period=P),
             M("77.9亿元", 77.9, "亿元", "商品零售", period=P),
             M("4.2%", 4.2, "%", "商品零售增长", kind="growth", period=P),
             M("8.5亿元", 8.5, "亿元", "餐饮收入", period=P),
             M("9.1%", 9.1, "%", "餐饮收入增长", kind="growth", period=P)],
    note="Nothing answers: the text reports only the 全社会 社零 (and its 商品零售/餐饮收入 split), not the 限上 measure, and says nothing on new 限上 enterprises. 4.7/10 would be 0.47 against the wrong measure.")

# 4 市商务局: 网络零售额 level and growth; 实物商品网上零售额 (a narrower measure) beside it
P = "1-9月"
row("市商务局",
    "网络零售额达到420亿元,增长15%。",
    "1-9月,全市实现网络零售额318.6亿元,同比增长13.2%,其中实物商品网上零售额261.4亿元,同比增长11.8%,占社会消费品零售总额的比重为22.7%。农村网络零售额47.3亿元,增长16.5%。",
    targets=[M("420亿元", 420, "亿元", "网络零售额"),
             M("15%", 15, "%", "网络零售额", kind="growth")],
    actuals=[M("318.6亿元", 318.6, "亿元", "网络零售额", period=P),
             M("13.2%", 13.2, "%", "网络零售额同比增长", kind="growth", period=P),
             M("261.4亿元", 261.4, "亿元", "实物商品网上零售额", period=P),
             M("11.8%", 11.8, "%", "实物商品网上零售额同比增长", kind="growth", period=P),
             M("22.7%", 22.7, "%", "实物商品网上零售额占社会消费品零售总额的比重", period=P),
             M("47.3亿元", 47.3, "亿元", "农村网络零售额", period=P),
             M("16.5%", 16.5, "%", "农村网络零售额增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="318.6/420 = 0.7586, 13.2/15 = 0.88. 实物商品网上零售额 and 农村网络零售额 are narrower measures in the same units and do not answer.")

# 5 区商务局: 实物商品网上零售额 target, only 网络零售额 reported (nothing answers), 环比下降
P = "一季度"
row("区商务局",
    "实物商品网上零售额增长12%以上。",
    "一季度,全区网络零售额56.8亿元,同比增长10.4%,环比下降7.2%;其中农产品网络零售额6.3亿元,增长18.9%。重点监测的23家电商平台企业实现交易额41.2亿元。",
    targets=[M("12%", 12, "%", "实物商品网上零售额", kind="growth", bound="min")],
    actuals=[M("56.8亿元", 56.8, "亿元", "网络零售额", period=P),
             M("10.4%", 10.4, "%", "网络零售额同比增长", kind="growth", period=P),
             M("7.2%", 7.2, "%", "网络零售额环比下降", kind="reduction", period=P),
             M("6.3亿元", 6.3, "亿元", "农产品网络零售额", period=P),
             M("18.9%", 18.9, "%", "农产品网络零售额增长", kind="growth", period=P),
             M("23家", 23, "家", "重点监测电商平台企业(范围)", period=P),
             M("41.2亿元", 41.2, "亿元", "重点监测电商平台企业交易额", period=P)],
    note="Nothing answers: 网络零售额 (which includes services) is a broader measure than 实物商品网上零售额; 10.4/12 would be 0.8667 against the wrong measure. The 环比 fall is a quarter-on-quarter change, not the growth asked for. 23家 is the monitored scope.")


# ---------------------------------------------------------------------------------------------
# 商务: foreign trade, foreign investment, outward investment, cross-border e-commerce (6-12)
# ---------------------------------------------------------------------------------------------

# 6 市商务局: target in 亿元, progress in 亿美元 with 折合人民币 for the total only
P = "1-9月"
row("市商务局",
    "外贸进出口总额突破1500亿元,其中出口1000亿元以上。",
    "据海关快报,1-9月全市外贸进出口总额163.5亿美元,同比增长8.7%,折合人民币1162.4亿元,增长13.6%;其中出口112.8亿美元,增长10.2%,进口50.7亿美元,增长5.5%。",
    targets=[M("1500亿元", 1500, "亿元", "外贸进出口总额", bound="min"),
             M("1000亿元", 1000, "亿元", "出口", bound="min")],
    actuals=[M("163.5亿美元", 163.5, "亿美元", "外贸进出口总额", period=P),
             M("8.7%", 8.7, "%", "外贸进出口总额(美元计)同比增长", kind="growth", period=P),
             M("1162.4亿元", 1162.4, "亿元", "外贸进出口总额折合人民币", period=P),
             M("13.6%", 13.6, "%", "外贸进出口总额(人民币计)增长", kind="growth", period=P),
             M("112.8亿美元", 112.8, "亿美元", "出口", period=P),
             M("10.2%", 10.2, "%", "出口增长", kind="growth", period=P),
             M("50.7亿美元", 50.7, "亿美元", "进口", period=P),
             M("5.5%", 5.5, "%", "进口增长", kind="growth", period=P)],
    pairs=[("t1", ["a3"])],
    note="The 亿元 target is answered by the 折合人民币 amount: 1162.4/1500 = 0.7749 (not 163.5亿美元, another currency). Exports are given only in 亿美元 and not converted: t2 unpaired. 海关快报 is an estimate for the elapsed period.")

# 7 市商务局: nothing answers; targets in 亿美元, progress only in 亿元人民币
P = "上半年"
row("市商务局",
    "外贸进出口额达到85亿美元,其中出口额60亿美元以上。",
    "上半年,全市实现外贸进出口总值312.7亿元人民币,同比增长7.9%,增速较一季度加快2.3个百分点,居全省第3位;其中出口226.4亿元,增长11.3%;进口86.3亿元,下降0.4%。",
    targets=[M("85亿美元", 85, "亿美元", "外贸进出口额"),
             M("60亿美元", 60, "亿美元", "出口额", bound="min")],
    actuals=[M("312.7亿元", 312.7, "亿元", "外贸进出口总值", period=P),
             M("7.9%", 7.9, "%", "外贸进出口总值同比增长", kind="growth", period=P),
             M("2.3个百分点", 2.3, "个百分点", "增速较一季度加快", kind="growth", period=P),
             M("226.4亿元", 226.4, "亿元", "出口", period=P),
             M("11.3%", 11.3, "%", "出口增长", kind="growth", period=P),
             M("86.3亿元", 86.3, "亿元", "进口", period=P),
             M("0.4%", 0.4, "%", "进口下降", kind="reduction", period=P)],
    note="Nothing answers: the targets are in 美元 and the text gives only 人民币 amounts with no conversion (312.7亿元 against 85亿美元 is a different currency). 居全省第3位 is a rank.")

# 8 市商务局 (full-width digits): 实际使用外资 in 亿美元, 完成年度目标的, 同比增加 count, 占比
P = "１-９月"
row("市商务局",
    "实际使用外资３．５亿美元,增长５％。",
    "１-９月,全市实际使用外资２．１８亿美元,同比增长３．２％,完成年度目标的６２．３％;新设外商投资企业４７家,同比增加９家。其中,制造业实际使用外资１．０６亿美元,占比４８．６％。",
    targets=[M("３．５亿美元", 3.5, "亿美元", "实际使用外资"),
             M("５％", 5, "%", "实际使用外资", kind="growth")],
    actuals=[M("２．１８亿美元", 2.18, "亿美元", "实际使用外资", period=P),
             M("３．２％", 3.2, "%", "实际使用外资同比增长", kind="growth", period=P),
             M("６２．３％", 62.3, "%", "完成年度目标的(比例)", period=P),
             M("４７家", 47, "家", "新设外商投资企业", period=P),
             M("９家", 9, "家", "新设外商投资企业同比增加", kind="growth", period=P),
             M("１．０６亿美元", 1.06, "亿美元", "制造业实际使用外资", period=P),
             M("４８．６％", 48.6, "%", "制造业实际使用外资占比", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Full-width digits. 2.18/3.5 = 0.6229 (the report's ６２．３％ is the completion share, not the actual); 3.2/5 = 0.64. 制造业 is a part.")

# 9 县商务局: 万美元 target, 同比下降 against it, 预计全年 forecast
P = "上半年"
row("县商务局、县投资促进中心",
    "实际使用外资不低于8000万美元。",
    "上半年,全县实际使用外资4260万美元,同比下降12.4%,主要受上年同期大项目资金集中到位基数较高影响;预计全年实际使用外资可达8500万美元。",
    targets=[M("8000万美元", 8000, "万美元", "实际使用外资", bound="min")],
    actuals=[M("4260万美元", 4260, "万美元", "实际使用外资", period=P),
             M("12.4%", 12.4, "%", "实际使用外资同比下降", kind="reduction", period=P),
             M("8500万美元", 8500, "万美元", "预计全年实际使用外资", period="全年")],
    pairs=[("t1", ["a1"])],
    note="4260/8000 = 0.5325. 预计全年…8500万美元 is a forecast, not an actual: it does not answer (would be 1.0625).")

# 10 市商务局: 对外投资; 中方协议投资额 vs 中方实际投资额 (same unit, different measure), 万美元 vs 亿美元
P = "1-9月"
row("市商务局",
    "对外直接投资(中方实际投资额)达到3亿美元,新增境外投资企业(机构)15家。",
    "1-9月,全市新增备案境外投资企业(机构)11家,中方协议投资额4.26亿美元,同比增长37.5%;中方实际投资额18716万美元,同比增长8.9%。对外承包工程完成营业额2.34亿美元。",
    targets=[M("3亿美元", 3, "亿美元", "对外直接投资(中方实际投资额)"),
             M("15家", 15, "家", "新增境外投资企业(机构)")],
    actuals=[M("11家", 11, "家", "新增备案境外投资企业(机构)", period=P),
             M("4.26亿美元", 4.26, "亿美元", "中方协议投资额", period=P),
             M("37.5%", 37.5, "%", "中方协议投资额同比增长", kind="growth", period=P),
             M("18716万美元", 18716, "万美元", "中方实际投资额", period=P),
             M("8.9%", 8.9, "%", "中方实际投资额同比增长", kind="growth", period=P),
             M("2.34亿美元", 2.34, "亿美元", "对外承包工程完成营业额", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a1"])],
    note="The target is the 实际 amount: 18716万美元 / 3亿美元 = 0.6239 (万/亿 converted). 中方协议投资额 4.26亿美元 is a different measure in the same unit and would give 1.42: not paired. 11/15 = 0.7333. 对外承包工程 is another measure.")

# 11 市商务局: 跨境电商 growth and new entities; 累计 stock beside the new count
P = "一季度"
row("市商务局",
    "跨境电商交易额增长20%以上,新引育跨境电商主体50家。",
    "一季度,全市跨境电商交易额38.6亿元,同比增长24.3%,其中出口31.2亿元,增长27.1%;新增跨境电商主体14家,累计达到326家。建成海外仓12个,面积8.6万平方米。",
    targets=[M("20%", 20, "%", "跨境电商交易额", kind="growth", bound="min"),
             M("50家", 50, "家", "新引育跨境电商主体")],
    actuals=[M("38.6亿元", 38.6, "亿元", "跨境电商交易额", period=P),
             M("24.3%", 24.3, "%", "跨境电商交易额同比增长", kind="growth", period=P),
             M("31.2亿元", 31.2, "亿元", "跨境电商出口", period=P),
             M("27.1%", 27.1, "%", "跨境电商出口增长", kind="growth", period=P),
             M("14家", 14, "家", "新增跨境电商主体", period=P),
             M("326家", 326, "家", "累计跨境电商主体", period=P),
             M("12个", 12, "个", "海外仓"),
             M("8.6万平方米", 8.6, "万平方米", "海外仓面积")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="24.3/20 = 1.215; 14/50 = 0.28. The 累计326家 is the stock, not the year's new entities. 海外仓 has no target.")

# 12 市商务局: 开放平台 综合保税区, 占全市外贸比重, 万单
P = "前三季度"
row("市商务局、综合保税区管委会",
    "综合保税区进出口额突破300亿元,跨境电商零售进口单量达到800万单。",
    "前三季度,综合保税区实现进出口额246.8亿元,同比增长18.4%,占全市外贸比重为19.6%,较上年同期提高2.1个百分点;跨境电商零售进口申报单量612.5万单,同比增长9.7%。",
    targets=[M("300亿元", 300, "亿元", "综合保税区进出口额", bound="min"),
             M("800万单", 800, "万单", "跨境电商零售进口单量")],
    actuals=[M("246.8亿元", 246.8, "亿元", "综合保税区进出口额", period=P),
             M("18.4%", 18.4, "%", "综合保税区进出口额同比增长", kind="growth", period=P),
             M("19.6%", 19.6, "%", "综保区进出口占全市外贸比重", period=P),
             M("2.1个百分点", 2.1, "个百分点", "占比较上年同期提高", kind="growth", period=P),
             M("612.5万单", 612.5, "万单", "跨境电商零售进口申报单量", period=P),
             M("9.7%", 9.7, "%", "跨境电商零售进口申报单量同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="246.8/300 = 0.8227; 612.5/800 = 0.7656 (申报单量 is how the 单量 is counted). 占全市外贸比重 is a share, no target.")


# ---------------------------------------------------------------------------------------------
# 文旅: visitors, tourism revenue, A级景区, night economy (13-17)
# ---------------------------------------------------------------------------------------------

# 13 市文化广电旅游局: 接待游客 target, only 过夜游客 reported; 两年平均增长
P = "1-9月"
row("市文化广电旅游局",
    "全年接待游客2800万人次、增长10%,旅游总收入突破280亿元。",
    "1-9月,全市接待过夜游客826.4万人次,同比增长15.2%;实现旅游总收入213.7亿元,同比增长11.6%,两年平均增长7.3%。",
    targets=[M("2800万人次", 2800, "万人次", "接待游客"),
             M("10%", 10, "%", "接待游客", kind="growth"),
             M("280亿元", 280, "亿元", "旅游总收入", bound="min")],
    actuals=[M("826.4万人次", 826.4, "万人次", "接待过夜游客", period=P),
             M("15.2%", 15.2, "%", "接待过夜游客同比增长", kind="growth", period=P),
             M("213.7亿元", 213.7, "亿元", "旅游总收入", period=P),
             M("11.6%", 11.6, "%", "旅游总收入同比增长", kind="growth", period=P),
             M("7.3%", 7.3, "%", "旅游总收入两年平均增长", kind="growth", period=P)],
    pairs=[("t3", ["a3"])],
    note="过夜游客 is a narrower measure in the same unit (万人次): the 接待游客 level and growth targets stay unpaired (826.4/2800 would be 0.2951). 213.7/280 = 0.7632. 两年平均 names the averaging (a period label), left unannotated.")

# 14 县文化和旅游局: 接待游客 answered, 过夜游客 as a part, 恢复到2019年同期的 shares
P = "上半年"
row("县文化和旅游局",
    "接待国内外游客1600万人次以上,实现旅游总收入150亿元。",
    "上半年,全县累计接待游客862.5万人次,同比增长21.3%,其中接待过夜游客214.6万人次,增长26.8%;实现旅游总收入78.4亿元,同比增长19.5%,游客人数和旅游总收入分别恢复到2019年同期的112.6%和108.3%。",
    targets=[M("1600万人次", 1600, "万人次", "接待国内外游客", bound="min"),
             M("150亿元", 150, "亿元", "旅游总收入")],
    actuals=[M("862.5万人次", 862.5, "万人次", "接待游客", period=P),
             M("21.3%", 21.3, "%", "接待游客同比增长", kind="growth", period=P),
             M("214.6万人次", 214.6, "万人次", "接待过夜游客", period=P),
             M("26.8%", 26.8, "%", "接待过夜游客增长", kind="growth", period=P),
             M("78.4亿元", 78.4, "亿元", "旅游总收入", period=P),
             M("19.5%", 19.5, "%", "旅游总收入同比增长", kind="growth", period=P),
             M("112.6%", 112.6, "%", "游客人数恢复到2019年同期的(比例)", period=P),
             M("108.3%", 108.3, "%", "旅游总收入恢复到2019年同期的(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="862.5/1600 = 0.5391; 78.4/150 = 0.5227. 过夜游客 is a part of the visitors. 分别恢复到2019年同期的 gives recovery shares (2019年 is a date).")

# 15 市文化广电旅游局: a year-series 2021年至2023年同期…分别为, level and growth targets
P = "前三季度"
row("市文化广电旅游局",
    "旅游总收入增长12%,达到365亿元。",
    "前三季度,全市实现旅游总收入286.4亿元,同比增长13.8%。2021年至2023年同期,全市旅游总收入分别为178.2亿元、154.6亿元和251.7亿元,今年同期规模为历年最高。",
    targets=[M("12%", 12, "%", "旅游总收入", kind="growth"),
             M("365亿元", 365, "亿元", "旅游总收入")],
    actuals=[M("286.4亿元", 286.4, "亿元", "旅游总收入", period=P),
             M("13.8%", 13.8, "%", "旅游总收入同比增长", kind="growth", period=P),
             M("178.2亿元", 178.2, "亿元", "旅游总收入(2021年同期)", period="2021年至2023年同期"),
             M("154.6亿元", 154.6, "亿元", "旅游总收入(2022年同期)", period="2021年至2023年同期"),
             M("251.7亿元", 251.7, "亿元", "旅游总收入(2023年同期)", period="2021年至2023年同期")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="13.8/12 = 1.15; 286.4/365 = 0.7847. The series 2021年至2023年同期 (分别 maps onto the three years) gives earlier years' values of the same measure: they do not answer this year's target.")

# 16 县文化和旅游局: Chinese numerals in the targets, 两家 / candidates awaiting acceptance, 入选第二批
P = "截至9月底"
row("县文化和旅游局",
    "新增三家A级景区,其中4A级景区一家;创建省级夜间文化和旅游消费集聚区2个。",
    "截至9月底,全县新增A级景区两家,其中4A级景区1家(云岭山景区)已通过省级评定;另有3家3A级景区创建单位已完成提升改造,已上报市文化和旅游局等待验收。入选第二批省级夜间文化和旅游消费集聚区1个。",
    targets=[M("三家", 3, "家", "新增A级景区"),
             M("一家", 1, "家", "新增4A级景区"),
             M("2个", 2, "个", "省级夜间文化和旅游消费集聚区")],
    actuals=[M("两家", 2, "家", "新增A级景区", period=P),
             M("1家", 1, "家", "新增4A级景区", period=P),
             M("3家", 3, "家", "3A级景区创建单位(等待验收)", period=P),
             M("1个", 1, "个", "入选省级夜间文化和旅游消费集聚区", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Chinese numerals: 三家 = 3, 一家 = 1, 两家 = 2. 2/3 = 0.6667; 1/1 = 1.0; 1/2 = 0.5. The 3家 3A级 candidates only 上报…等待验收 do not answer (with them 5/3 = 1.6667). 4A级/3A级 are grade labels, 第二批 an ordinal.")

# 17 市商务局: 夜间经济 示范街区 count and a share target; monitored 重点街区 scope beside it
P = "上半年"
row("市商务局、市文化广电旅游局",
    "打造夜间经济示范街区5个,夜间消费额占全天消费比重达到35%。",
    "上半年,全市5个夜间经济重点街区(商圈)累计客流量1860万人次,同比增长17.4%,实现营业额42.6亿元,增长13.9%;据银联商务监测数据,夜间消费额占全天消费的比重为31.8%。新认定市级夜间经济示范街区2个。",
    targets=[M("5个", 5, "个", "夜间经济示范街区"),
             M("35%", 35, "%", "夜间消费额占全天消费比重")],
    actuals=[M("5个", 5, "个", "夜间经济重点街区(监测范围)", period=P),
             M("1860万人次", 1860, "万人次", "重点街区累计客流量", period=P),
             M("17.4%", 17.4, "%", "重点街区客流量同比增长", kind="growth", period=P),
             M("42.6亿元", 42.6, "亿元", "重点街区营业额", period=P),
             M("13.9%", 13.9, "%", "重点街区营业额增长", kind="growth", period=P),
             M("31.8%", 31.8, "%", "夜间消费额占全天消费的比重", period=P),
             M("2个", 2, "个", "新认定市级夜间经济示范街区", period=P)],
    pairs=[("t1", ["a7"]), ("t2", ["a6"])],
    note="The 5个 重点街区 are the monitored scope, not 示范街区: the answer is the 2个 newly recognised (2/5 = 0.4). 31.8/35 = 0.9086.")


# ---------------------------------------------------------------------------------------------
# 消费: new-energy vehicles, catering, exhibitions (18-20)
# ---------------------------------------------------------------------------------------------

# 18 市商务局: 新能源汽车 万辆 vs 辆, 渗透率, Chinese numeral 十六场, 带动 amounts
P = "1-9月"
row("市商务局",
    "新能源汽车销售量达到3.5万辆,开展汽车促消费活动20场以上。",
    "1-9月,全市新能源汽车销量2.46万辆,同比增长41.2%,新能源汽车渗透率达到43.5%,较上年同期提高9.8个百分点;累计举办汽车展销、以旧换新等促消费活动十六场,带动汽车销售1.12万辆、销售额18.7亿元。",
    targets=[M("3.5万辆", 3.5, "万辆", "新能源汽车销售量"),
             M("20场", 20, "场", "汽车促消费活动", bound="min")],
    actuals=[M("2.46万辆", 2.46, "万辆", "新能源汽车销量", period=P),
             M("41.2%", 41.2, "%", "新能源汽车销量同比增长", kind="growth", period=P),
             M("43.5%", 43.5, "%", "新能源汽车渗透率", period=P),
             M("9.8个百分点", 9.8, "个百分点", "渗透率较上年同期提高", kind="growth", period=P),
             M("十六场", 16, "场", "汽车促消费活动", period=P),
             M("1.12万辆", 1.12, "万辆", "促消费活动带动汽车销售", period=P),
             M("18.7亿元", 18.7, "亿元", "促消费活动带动销售额", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="2.46/3.5 = 0.7029; 十六场 = 16, 16/20 = 0.8. The 1.12万辆 driven by the events is all vehicles sold at them, not the new-energy total.")

# 19 市商务局: 餐饮收入 全口径 vs 限上餐饮企业营业额; 老字号 target unanswered
P = "一季度"
row("市商务局",
    "餐饮收入增长10%,新增中华老字号、省级老字号企业3家。",
    "一季度,全市限额以上餐饮企业营业额9.8亿元,同比增长14.6%;全市餐饮收入(全口径)27.3亿元,同比增长11.2%,增速高于社会消费品零售总额4.5个百分点。第三批省级老字号认定工作尚未启动。",
    targets=[M("10%", 10, "%", "餐饮收入", kind="growth"),
             M("3家", 3, "家", "新增中华老字号、省级老字号企业")],
    actuals=[M("9.8亿元", 9.8, "亿元", "限额以上餐饮企业营业额", period=P),
             M("14.6%", 14.6, "%", "限额以上餐饮企业营业额同比增长", kind="growth", period=P),
             M("27.3亿元", 27.3, "亿元", "餐饮收入(全口径)", period=P),
             M("11.2%", 11.2, "%", "餐饮收入同比增长", kind="growth", period=P),
             M("4.5个百分点", 4.5, "个百分点", "餐饮收入增速高于社会消费品零售总额", period=P)],
    pairs=[("t1", ["a4"])],
    note="11.2/10 = 1.12 (全口径). The 限上 catering growth 14.6% is a different aggregation and does not answer. The 老字号 target is not answered (认定 not started; 第三批 is an ordinal).")

# 20 市商务局(会展办): 展会 场 with 其中 split, 展览面积 万平方米
P = "1-9月"
row("市商务局(市会展办)",
    "全年举办各类展会活动60场以上,展览面积达到80万平方米。",
    "1-9月,全市共举办展会41场,其中展览类28场、会议类13场,展览总面积53.2万平方米,同比增长22.1%,实现展会直接收入6.4亿元。",
    targets=[M("60场", 60, "场", "展会活动", bound="min"),
             M("80万平方米", 80, "万平方米", "展览面积")],
    actuals=[M("41场", 41, "场", "举办展会", period=P),
             M("28场", 28, "场", "展览类展会", period=P),
             M("13场", 13, "场", "会议类展会", period=P),
             M("53.2万平方米", 53.2, "万平方米", "展览总面积", period=P),
             M("22.1%", 22.1, "%", "展览总面积同比增长", kind="growth", period=P),
             M("6.4亿元", 6.4, "亿元", "展会直接收入", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="41/60 = 0.6833 (28 + 13 are its parts, not to be summed again); 53.2/80 = 0.665. 各类 is not a distributive 各.")


# ---------------------------------------------------------------------------------------------
# 金融: listings, direct financing, bank-enterprise matchmaking (21-23)
# ---------------------------------------------------------------------------------------------

# 21 市金融工作局: 上市企业 两家 with 其中 split, a candidate awaiting registration, 累计 stock
P = "截至9月底"
row("市金融工作局",
    "新增境内外上市企业3家,新增上市后备企业20家。",
    "截至9月底,全市新增上市企业两家(其中科创板1家、北交所1家),另有1家企业已通过深交所上市委审议、等待证监会注册;新增省级上市后备企业23家,累计达186家。全市境内外上市公司总数达到34家,总市值2862亿元。",
    targets=[M("3家", 3, "家", "新增境内外上市企业"),
             M("20家", 20, "家", "新增上市后备企业")],
    actuals=[M("两家", 2, "家", "新增上市企业", period=P),
             M("1家", 1, "家", "新增科创板上市企业", nth=0, period=P),
             M("1家", 1, "家", "新增北交所上市企业", nth=1, period=P),
             M("1家", 1, "家", "通过上市委审议、等待注册企业", nth=2, period=P),
             M("23家", 23, "家", "新增省级上市后备企业", period=P),
             M("186家", 186, "家", "累计上市后备企业", period=P),
             M("34家", 34, "家", "境内外上市公司总数", period=P),
             M("2862亿元", 2862, "亿元", "上市公司总市值", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="两家 = 2: 2/3 = 0.6667; the firm awaiting 证监会注册 is not yet listed (with it 1.0). 23/20 = 1.15; 186家 and 34家 are stocks.")

# 22 市金融工作局: 直接融资 with 债券/股权 parts
P = "前三季度"
row("市金融工作局",
    "直接融资规模达到500亿元,其中债券融资400亿元以上。",
    "前三季度,全市实现直接融资412.6亿元,同比增长8.3%,其中发行各类债券融资351.4亿元、股权融资61.2亿元。",
    targets=[M("500亿元", 500, "亿元", "直接融资规模"),
             M("400亿元", 400, "亿元", "债券融资", bound="min")],
    actuals=[M("412.6亿元", 412.6, "亿元", "直接融资", period=P),
             M("8.3%", 8.3, "%", "直接融资同比增长", kind="growth", period=P),
             M("351.4亿元", 351.4, "亿元", "债券融资", period=P),
             M("61.2亿元", 61.2, "亿元", "股权融资", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="412.6/500 = 0.8252; 351.4/400 = 0.8785. 债券 + 股权 = the total.")

# 23 县金融服务中心: 十二场, 家次, 意向金额 vs 实际放贷
P = "上半年"
row("县金融服务中心",
    "组织政银企对接活动30场,帮助企业融资200亿元。",
    "上半年,全县共组织政银企对接活动十二场,参与企业860家次,达成融资意向金额156.3亿元,实际放贷98.7亿元。",
    targets=[M("30场", 30, "场", "政银企对接活动"),
             M("200亿元", 200, "亿元", "帮助企业融资")],
    actuals=[M("十二场", 12, "场", "政银企对接活动", period=P),
             M("860家次", 860, "家次", "参与企业", period=P),
             M("156.3亿元", 156.3, "亿元", "融资意向金额", period=P),
             M("98.7亿元", 98.7, "亿元", "实际放贷", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="十二场 = 12: 12/30 = 0.4. Financing obtained is the loans actually made, 98.7/200 = 0.4935; the 意向金额 is intentions only (would be 0.7815).")


# ---------------------------------------------------------------------------------------------
# 商务: monthly vs cumulative, forecasts, restated targets (24-26)
# ---------------------------------------------------------------------------------------------

# 24 区商务局: 9月份 month figures (同比, 环比) beside the 1-9月 cumulative
row("区商务局",
    "社会消费品零售总额增长7%左右。",
    "9月份,全区实现社会消费品零售总额38.4亿元,同比增长8.6%,环比增长3.2%;1-9月累计实现332.7亿元,同比增长6.1%,增速较1-8月加快0.3个百分点。",
    targets=[M("7%", 7, "%", "社会消费品零售总额", kind="growth", bound="approx")],
    actuals=[M("38.4亿元", 38.4, "亿元", "社会消费品零售总额(当月)", period="9月份"),
             M("8.6%", 8.6, "%", "社会消费品零售总额(当月)同比增长", kind="growth", period="9月份"),
             M("3.2%", 3.2, "%", "社会消费品零售总额环比增长", kind="growth", period="9月份"),
             M("332.7亿元", 332.7, "亿元", "社会消费品零售总额(累计)", period="1-9月"),
             M("6.1%", 6.1, "%", "社会消费品零售总额(累计)同比增长", kind="growth", period="1-9月"),
             M("0.3个百分点", 0.3, "个百分点", "累计增速较1-8月加快", kind="growth", period="1-9月")],
    pairs=[("t1", ["a5"])],
    note="The annual growth target is answered by the cumulative 1-9月 growth: 6.1/7 = 0.8714. The single month's 8.6% (and the 环比 3.2%) is a different aggregation.")

# 25 市商务局: 海关快报, gap to target, parts, 预计全年…左右 forecast
P = "前三季度"
row("市商务局",
    "全市外贸进出口总额增长5%以上。",
    "据海关快报,前三季度全市外贸进出口总额847.3亿元,同比增长3.6%,低于年度目标1.4个百分点,其中出口628.5亿元,增长6.9%,进口218.8亿元,下降4.6%。综合研判,预计全年增长4.5%左右。",
    targets=[M("5%", 5, "%", "外贸进出口总额", kind="growth", bound="min")],
    actuals=[M("847.3亿元", 847.3, "亿元", "外贸进出口总额", period=P),
             M("3.6%", 3.6, "%", "外贸进出口总额同比增长", kind="growth", period=P),
             M("1.4个百分点", 1.4, "个百分点", "增速低于年度目标", period=P),
             M("628.5亿元", 628.5, "亿元", "出口", period=P),
             M("6.9%", 6.9, "%", "出口增长", kind="growth", period=P),
             M("218.8亿元", 218.8, "亿元", "进口", period=P),
             M("4.6%", 4.6, "%", "进口下降", kind="reduction", period=P),
             M("4.5%", 4.5, "%", "预计全年外贸进出口总额增长", kind="growth", period="全年")],
    pairs=[("t1", ["a2"])],
    note="3.6/5 = 0.72. 1.4个百分点 is the gap. 预计全年增长4.5%左右 is a forecast and does not answer (would be 0.9). 出口/进口 are parts.")

# 26 市商务局: 批发业/零售业 限上 sales, a restated target 年初确定的增长10%目标, 分别 over 住宿业/餐饮业
P = "1-9月"
row("市商务局",
    "限额以上批发业销售额增长10%,零售业销售额增长8%。",
    "1-9月,全市限额以上批发业销售额1426.8亿元,同比增长7.4%,距年初确定的增长10%目标仍有差距;限额以上零售业销售额386.2亿元,同比增长8.9%。住宿业、餐饮业营业额分别增长5.3%和12.7%。",
    targets=[M("10%", 10, "%", "限额以上批发业销售额", kind="growth"),
             M("8%", 8, "%", "零售业销售额", kind="growth")],
    actuals=[M("1426.8亿元", 1426.8, "亿元", "限额以上批发业销售额", period=P),
             M("7.4%", 7.4, "%", "限额以上批发业销售额同比增长", kind="growth", period=P),
             M("10%", 10, "%", "年初确定的批发业销售额增长目标(重述)", kind="growth"),
             M("386.2亿元", 386.2, "亿元", "限额以上零售业销售额", period=P),
             M("8.9%", 8.9, "%", "限额以上零售业销售额同比增长", kind="growth", period=P),
             M("5.3%", 5.3, "%", "住宿业营业额增长", kind="growth", period=P),
             M("12.7%", 12.7, "%", "餐饮业营业额增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="7.4/10 = 0.74; 8.9/8 = 1.1125 (the 限额以上 of the task governs both). The 10% in the progress restates the target (年初确定的…目标) and answers nothing (would be 1.0).")


# ---------------------------------------------------------------------------------------------
# Traditional characters (27-31)
# ---------------------------------------------------------------------------------------------

# 27 市商務局 (traditional): 限上 growth, 增速較上半年回落, new 入庫 enterprises with a three-way split
P = "前三季度"
row("市商務局",
    "限額以上單位消費品零售額增長9%,新增限額以上商貿企業40家。",
    "前三季度,全市限額以上單位消費品零售額完成186.5億元,同比增長7.8%,增速較上半年回落0.9個百分點;新增入庫限額以上商貿企業32家,其中批發業14家、零售業11家、住宿餐飲業7家。",
    targets=[M("9%", 9, "%", "限額以上單位消費品零售額", kind="growth"),
             M("40家", 40, "家", "新增限額以上商貿企業")],
    actuals=[M("186.5億元", 186.5, "億元", "限額以上單位消費品零售額", period=P),
             M("7.8%", 7.8, "%", "限額以上單位消費品零售額同比增長", kind="growth", period=P),
             M("0.9個百分點", 0.9, "個百分點", "增速較上半年回落", kind="reduction", period=P),
             M("32家", 32, "家", "新增入庫限額以上商貿企業", period=P),
             M("14家", 14, "家", "新增入庫批發業企業", period=P),
             M("11家", 11, "家", "新增入庫零售業企業", period=P),
             M("7家", 7, "家", "新增入庫住宿餐飲業企業", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Traditional characters. 7.8/9 = 0.8667; 32/40 = 0.8 (14 + 11 + 7 = 32 are its parts).")

# 28 市文化廣電旅遊局 (traditional): visitors and revenue, 暑期 parts with 分別
P = "1-9月"
row("市文化廣電旅遊局",
    "全年接待遊客突破3000萬人次,旅遊總收入達到320億元。",
    "1-9月,全市共接待遊客2418.6萬人次,同比增長16.3%;實現旅遊總收入251.9億元,同比增長14.7%。其中,暑期全市接待遊客812.4萬人次,實現旅遊收入88.6億元,分別增長9.8%和11.2%。",
    targets=[M("3000萬人次", 3000, "萬人次", "接待遊客", bound="min"),
             M("320億元", 320, "億元", "旅遊總收入")],
    actuals=[M("2418.6萬人次", 2418.6, "萬人次", "接待遊客", period=P),
             M("16.3%", 16.3, "%", "接待遊客同比增長", kind="growth", period=P),
             M("251.9億元", 251.9, "億元", "旅遊總收入", period=P),
             M("14.7%", 14.7, "%", "旅遊總收入同比增長", kind="growth", period=P),
             M("812.4萬人次", 812.4, "萬人次", "暑期接待遊客", period="暑期"),
             M("88.6億元", 88.6, "億元", "暑期旅遊收入", period="暑期"),
             M("9.8%", 9.8, "%", "暑期接待遊客增長", kind="growth", period="暑期"),
             M("11.2%", 11.2, "%", "暑期旅遊收入增長", kind="growth", period="暑期")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. 2418.6/3000 = 0.8062; 251.9/320 = 0.7872. The 暑期 figures are a part of the period; 分別 maps 9.8%/11.2% onto visitors/revenue.")

# 29 縣商務局 (traditional): target in 億美元, progress in 億元人民幣 with 折合 美元 for the total
P = "上半年"
row("縣商務局",
    "外貿進出口總額達到12億美元。",
    "上半年,全縣外貿進出口總額39.6億元人民幣,按同期匯率折合5.57億美元,同比增長6.4%;其中出口32.1億元,增長9.7%,進口7.5億元,下降5.2%。",
    targets=[M("12億美元", 12, "億美元", "外貿進出口總額")],
    actuals=[M("39.6億元", 39.6, "億元", "外貿進出口總額", period=P),
             M("5.57億美元", 5.57, "億美元", "外貿進出口總額折合美元", period=P),
             M("6.4%", 6.4, "%", "外貿進出口總額同比增長", kind="growth", period=P),
             M("32.1億元", 32.1, "億元", "出口", period=P),
             M("9.7%", 9.7, "%", "出口增長", kind="growth", period=P),
             M("7.5億元", 7.5, "億元", "進口", period=P),
             M("5.2%", 5.2, "%", "進口下降", kind="reduction", period=P)],
    pairs=[("t1", ["a2"])],
    note="Traditional characters. The 美元 target is answered by the converted 5.57億美元: 5.57/12 = 0.4642 (39.6億元 is another currency).")

# 30 市金融工作局 (traditional): no new listing (尚無), candidates only 受理; 直接融資 with a fall
row("市金融工作局",
    "新增境內外上市企業2家,直接融資規模突破300億元。",
    "截至6月底,全市今年以來尚無新增上市企業,另有2家擬上市企業已向上交所遞交申報材料並獲受理;上半年全市實現直接融資168.4億元,同比下降6.7%,其中債券融資152.3億元。",
    targets=[M("2家", 2, "家", "新增境內外上市企業"),
             M("300億元", 300, "億元", "直接融資規模", bound="min")],
    actuals=[M("2家", 2, "家", "擬上市企業(申報獲受理)", period="截至6月底"),
             M("168.4億元", 168.4, "億元", "直接融資", period="上半年"),
             M("6.7%", 6.7, "%", "直接融資同比下降", kind="reduction", period="上半年"),
             M("152.3億元", 152.3, "億元", "債券融資", period="上半年")],
    pairs=[("t2", ["a2"])],
    note="Traditional characters. No firm has listed (尚無 is not a written quantity, left unannotated); the 2家 are candidates whose filings were only accepted and do not answer (would be 1.0): t1 unpaired. 168.4/300 = 0.5613.")

# 31 區商務局 (traditional): 三十八場 in Chinese numerals, 消費券 萬元, 帶動 億元
P = "一季度"
row("區商務局",
    "全年舉辦各類促消費活動100場以上,發放政府消費券5000萬元。",
    "一季度,全區累計舉辦促消費活動三十八場,發放政府消費券2180萬元,帶動消費9.6億元。",
    targets=[M("100場", 100, "場", "促消費活動", bound="min"),
             M("5000萬元", 5000, "萬元", "發放政府消費券")],
    actuals=[M("三十八場", 38, "場", "促消費活動", period=P),
             M("2180萬元", 2180, "萬元", "發放政府消費券", period=P),
             M("9.6億元", 9.6, "億元", "帶動消費", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Traditional characters. 三十八場 = 38: 38/100 = 0.38; 2180/5000 = 0.436. 帶動消費 has no target.")


# ---------------------------------------------------------------------------------------------
# More 商务 / 文旅 / 开放平台 (32-40)
# ---------------------------------------------------------------------------------------------

# 32 市商务局: 实际使用外资 target in 万美元, progress in 亿元人民币 first and 按美元计 亿美元
P = "1-9月"
row("市商务局、市投资促进局",
    "实际使用外资不低于25000万美元。",
    "1-9月,全市实际使用外资金额11.8亿元人民币,同比下降21.3%,按美元计为1.65亿美元,下降24.6%;其中高技术产业实际使用外资3.2亿元,占比27.1%。",
    targets=[M("25000万美元", 25000, "万美元", "实际使用外资", bound="min")],
    actuals=[M("11.8亿元", 11.8, "亿元", "实际使用外资金额(人民币)", period=P),
             M("21.3%", 21.3, "%", "实际使用外资(人民币计)同比下降", kind="reduction", period=P),
             M("1.65亿美元", 1.65, "亿美元", "实际使用外资(按美元计)", period=P),
             M("24.6%", 24.6, "%", "实际使用外资(美元计)下降", kind="reduction", period=P),
             M("3.2亿元", 3.2, "亿元", "高技术产业实际使用外资", period=P),
             M("27.1%", 27.1, "%", "高技术产业实际使用外资占比", period=P)],
    pairs=[("t1", ["a3"])],
    note="The 万美元 target is answered by the 美元 figure: 1.65亿美元 / 25000万美元 = 0.66. 11.8亿元 is 人民币 and does not answer.")

# 33 市商务局: 开发区 share 占全市比重, new foreign projects, 超1000万美元 class threshold
P = "上半年"
row("市商务局",
    "省级以上开发区实际使用外资占全市比重达到70%,新引进外资项目30个。",
    "上半年,全市省级以上开发区实际使用外资1.36亿美元,占全市比重为72.4%,同比提高3.6个百分点;新设外资项目13个,其中合同外资超1000万美元项目5个。",
    targets=[M("70%", 70, "%", "开发区实际使用外资占全市比重"),
             M("30个", 30, "个", "新引进外资项目")],
    actuals=[M("1.36亿美元", 1.36, "亿美元", "省级以上开发区实际使用外资", period=P),
             M("72.4%", 72.4, "%", "开发区实际使用外资占全市比重", period=P),
             M("3.6个百分点", 3.6, "个百分点", "占比同比提高", kind="growth", period=P),
             M("13个", 13, "个", "新设外资项目", period=P),
             M("超1000万美元", 1000, "万美元", "合同外资项目门槛(超)"),
             M("5个", 5, "个", "合同外资超1000万美元项目", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="72.4/70 = 1.0343 (a share target met by the share); 13/30 = 0.4333. 超1000万美元 is a class threshold.")

# 34 县文化和旅游局: 过夜游客 target answered by the part; 十家 met by the sum 二家 + 五家
P = "上半年"
row("县文化和旅游局",
    "过夜游客达到450万人次,新评定甲级、乙级旅游民宿十家。",
    "上半年,全县接待游客1062.8万人次,同比增长12.5%,其中过夜游客218.4万人次,增长18.7%,过夜游客占比20.5%;新评定甲级旅游民宿二家、乙级旅游民宿五家。",
    targets=[M("450万人次", 450, "万人次", "过夜游客"),
             M("十家", 10, "家", "新评定甲级、乙级旅游民宿")],
    actuals=[M("1062.8万人次", 1062.8, "万人次", "接待游客", period=P),
             M("12.5%", 12.5, "%", "接待游客同比增长", kind="growth", period=P),
             M("218.4万人次", 218.4, "万人次", "过夜游客", period=P),
             M("18.7%", 18.7, "%", "过夜游客增长", kind="growth", period=P),
             M("20.5%", 20.5, "%", "过夜游客占比", period=P),
             M("二家", 2, "家", "新评定甲级旅游民宿", period=P),
             M("五家", 5, "家", "新评定乙级旅游民宿", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a6", "a7"])],
    note="The target is 过夜游客: 218.4/450 = 0.4853; the total 接待游客 1062.8 is a broader measure in the same unit and does not answer. 十家 covers both grades: (2 + 5)/10 = 0.7. 甲级/乙级 are grade labels.")

# 35 区商务局 (full-width digits): 网络零售额 growth, 超亿元 class threshold, stock 达到 vs 较上年末增加
P = "１-９月"
row("区商务局",
    "网络零售额增长１２％,培育年网络零售额超亿元企业１０家。",
    "１-９月,全区实现网络零售额８６．４亿元,同比增长１４．１％,增速居全市第２位;年网络零售额超亿元企业达到７家,较上年末增加２家。",
    targets=[M("１２％", 12, "%", "网络零售额", kind="growth"),
             M("１０家", 10, "家", "年网络零售额超亿元企业")],
    other=[O("超亿元", 1, "亿元", "class threshold")],
    actuals=[M("８６．４亿元", 86.4, "亿元", "网络零售额", period=P),
             M("１４．１％", 14.1, "%", "网络零售额同比增长", kind="growth", period=P),
             M("超亿元", 1, "亿元", "企业年网络零售额门槛(超)"),
             M("７家", 7, "家", "年网络零售额超亿元企业", period=P),
             M("２家", 2, "家", "超亿元企业较上年末增加", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Full-width digits. 14.1/12 = 1.175. 培育…１０家 reads as the number of such firms to reach: answered by the stock 达到７家 (0.7), not the increase ２家 (which would be 0.2). 增速居全市第２位 is a rank.")

# 36 市商务局 (full-width digits): 出口 亿美元 level and a 高新技术产品 share target
P = "前三季度"
row("市商务局",
    "出口总额达到１５０亿美元,高新技术产品出口占比提高到３０％。",
    "前三季度,全市出口总额１０８．７亿美元,同比增长４．３％,其中机电产品出口６１．２亿美元,高新技术产品出口３０．５亿美元,占出口总额的２８．１％。",
    targets=[M("１５０亿美元", 150, "亿美元", "出口总额"),
             M("３０％", 30, "%", "高新技术产品出口占比")],
    actuals=[M("１０８．７亿美元", 108.7, "亿美元", "出口总额", period=P),
             M("４．３％", 4.3, "%", "出口总额同比增长", kind="growth", period=P),
             M("６１．２亿美元", 61.2, "亿美元", "机电产品出口", period=P),
             M("３０．５亿美元", 30.5, "亿美元", "高新技术产品出口", period=P),
             M("２８．１％", 28.1, "%", "高新技术产品出口占出口总额的比重", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="Full-width digits. 108.7/150 = 0.7247; the share target is answered by the share 28.1/30 = 0.9367 (not by 30.5亿美元).")

# 37 县商务局: 分别 in the task and the progress over four 限上 trades; 分别居全市第…位 ranks
P = "上半年"
row("县商务局",
    "限额以上批发业、零售业销售额分别增长8%和7%,限额以上住宿业、餐饮业营业额分别增长6%和10%。",
    "上半年,全县限额以上批发业、零售业销售额分别增长9.4%和5.8%,住宿业、餐饮业营业额分别增长3.7%和12.3%,增速分别居全市第2、第6、第9和第3位。",
    targets=[M("8%", 8, "%", "限额以上批发业销售额", kind="growth"),
             M("7%", 7, "%", "限额以上零售业销售额", kind="growth"),
             M("6%", 6, "%", "限额以上住宿业营业额", kind="growth"),
             M("10%", 10, "%", "限额以上餐饮业营业额", kind="growth")],
    actuals=[M("9.4%", 9.4, "%", "限额以上批发业销售额增长", kind="growth", period=P),
             M("5.8%", 5.8, "%", "限额以上零售业销售额增长", kind="growth", period=P),
             M("3.7%", 3.7, "%", "限额以上住宿业营业额增长", kind="growth", period=P),
             M("12.3%", 12.3, "%", "限额以上餐饮业营业额增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4"])],
    note="分别 maps in order on both sides: 9.4/8 = 1.175, 5.8/7 = 0.8286, 3.7/6 = 0.6167, 12.3/10 = 1.23. 第2、第6、第9和第3位 are ranks.")

# 38 市商务局: 社零 and 餐饮收入 levels, 两年平均增长, 增速较上半年回落, 占全省比重, 商品零售/餐饮收入 split
P = "前三季度"
row("市商务局、市统计局",
    "全市社会消费品零售总额达到2100亿元,其中餐饮收入达到260亿元。",
    "前三季度,全市社会消费品零售总额1538.2亿元,同比增长4.9%,两年平均增长5.6%,增速较上半年回落0.7个百分点,占全省比重为8.3%。按消费类型分,商品零售1349.7亿元,增长4.4%;餐饮收入188.5亿元,增长8.6%。",
    targets=[M("2100亿元", 2100, "亿元", "社会消费品零售总额"),
             M("260亿元", 260, "亿元", "餐饮收入")],
    actuals=[M("1538.2亿元", 1538.2, "亿元", "社会消费品零售总额", period=P),
             M("4.9%", 4.9, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("5.6%", 5.6, "%", "社会消费品零售总额两年平均增长", kind="growth", period=P),
             M("0.7个百分点", 0.7, "个百分点", "增速较上半年回落", kind="reduction", period=P),
             M("8.3%", 8.3, "%", "社零占全省比重", period=P),
             M("1349.7亿元", 1349.7, "亿元", "商品零售", period=P),
             M("4.4%", 4.4, "%", "商品零售增长", kind="growth", period=P),
             M("188.5亿元", 188.5, "亿元", "餐饮收入", period=P),
             M("8.6%", 8.6, "%", "餐饮收入增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a8"])],
    note="1538.2/2100 = 0.7325; 188.5/260 = 0.725. 两年平均 names the averaging and is left unannotated. 商品零售 + 餐饮收入 = the total.")

# 39 市商务局: the target restated in the progress (年初确定的1000亿元目标), completion share, gap, 预计全年
P = "1-9月"
row("市商务局",
    "外贸进出口总额突破1000亿元。",
    "1-9月,全市外贸进出口总额712.6亿元,同比增长2.8%,完成年初确定的1000亿元目标的71.3%,距目标还差287.4亿元;按当前进度测算,预计全年可完成960亿元左右。",
    targets=[M("1000亿元", 1000, "亿元", "外贸进出口总额", bound="min")],
    actuals=[M("712.6亿元", 712.6, "亿元", "外贸进出口总额", period=P),
             M("2.8%", 2.8, "%", "外贸进出口总额同比增长", kind="growth", period=P),
             M("1000亿元", 1000, "亿元", "年初确定的目标(重述)"),
             M("71.3%", 71.3, "%", "完成年初确定目标的(比例)", period=P),
             M("287.4亿元", 287.4, "亿元", "距目标还差", period=P),
             M("960亿元", 960, "亿元", "预计全年外贸进出口总额", period="全年")],
    pairs=[("t1", ["a1"])],
    note="712.6/1000 = 0.7126 (the report's 71.3% is the completion share). The restated 1000亿元 target, the gap 287.4亿元 and the 预计全年 960亿元 forecast (would be 0.96) do not answer.")

# 40 县文化和旅游局: 旅游总收入 growth target unanswered (门票收入 is another measure); A级景区 visitors answered
P = "一季度"
row("县文化和旅游局",
    "旅游总收入增长15%,A级景区接待游客突破800万人次。",
    "一季度,全县纳入统计的23家A级景区共接待游客126.7万人次,同比增长31.4%,实现门票收入3850万元,同比增长18.2%;春节假期全县接待游客42.6万人次。",
    targets=[M("15%", 15, "%", "旅游总收入", kind="growth"),
             M("800万人次", 800, "万人次", "A级景区接待游客", bound="min")],
    actuals=[M("23家", 23, "家", "纳入统计的A级景区(范围)", period=P),
             M("126.7万人次", 126.7, "万人次", "A级景区接待游客", period=P),
             M("31.4%", 31.4, "%", "A级景区接待游客同比增长", kind="growth", period=P),
             M("3850万元", 3850, "万元", "A级景区门票收入", period=P),
             M("18.2%", 18.2, "%", "门票收入同比增长", kind="growth", period=P),
             M("42.6万人次", 42.6, "万人次", "春节假期全县接待游客", period="春节假期")],
    pairs=[("t2", ["a2"])],
    note="126.7/800 = 0.1584. 门票收入 growth (18.2%) is a different measure from 旅游总收入: t1 unpaired (would be 1.2133). The 春节假期 figure is all county visitors in a holiday, a different measure and period. 23家 is the scope.")


probe.write(Path(__file__).with_name("probe-commerce.gold.jsonl"))
