"""Writes probe-budget.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a fiscal and budget
execution text of a city, county, district, township or province: 预算执行情况报告, a finance
bureau's 财政收支 progress table, a 人大财经委 budget review (审查结果报告, 决算审查), half-year and
three-quarter 财政运行 reports, debt and special-bond (专项债) progress, tax collection by the 税务局,
民生支出 shares, “三保” spending, 直达资金 disbursement (下达 vs 支出 vs 支出进度%), 国有资本经营
and 国有资产 income, 政府采购, 减税降费 and 留抵退税. The task is the year's budget target (一般公共预算
收入预算X亿元, 增长X%, 民生支出占比不低于X%, 发行专项债券X亿元, 新增减税降费X亿元, 债务率控制在X%
以内…), the progress is what was reported (完成X亿元, 为预算的X%, 同比增长X%, 增收X亿元, 其中税收收入,
分别…, 累计发行, 已支出X亿元, 支出进度X%, 上年同期, 预计全年, 调整预算 vs 年初预算, 自然口径 vs 同口径,
剔除…因素后, year series, 申报/待下达 candidates, restated targets, rows where nothing answers).
The bureau in charge is the row's owner. Five rows are in traditional characters; some use
full-width digits or Chinese numerals.
Gold decisions: an actual answers a target when it reports the same measure for the same scope and
period kind (a year-to-date amount answers the year's amount target as progress so far); a
completion share (为预算的X%, 完成年度目标的X%) is an actual mention but does not pair with an amount
target; growth targets pair with growth actuals (a fall gives a negative ratio); forecasts,
next year's budget, restated and adjusted targets, last year's baseline, allocations (下达额度)
against issuance or spending, and submitted or pending amounts (申报, 待下达, 报审) do not answer.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_budget.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe15")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Budget execution reports, finance-bureau tables and 人大 reviews (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 半年财政运行: YTD amount answers the year's budget, 为年初预算的 share, growth, 增收, 其中 税收
P = "1-6月"
row("市财政局",
    "全市一般公共预算收入预算安排86.5亿元,比上年执行数增长5.5%。",
    "1-6月,全市一般公共预算收入完成47.32亿元,为年初预算的54.7%,同比增长6.1%,增收2.72亿元,完成序时进度;其中税收收入35.18亿元,增长4.8%,税收占比74.3%。",
    targets=[M("86.5亿元", 86.5, "亿元", "一般公共预算收入预算"),
             M("5.5%", 5.5, "%", "一般公共预算收入", kind="growth")],
    actuals=[M("47.32亿元", 47.32, "亿元", "一般公共预算收入", period=P),
             M("54.7%", 54.7, "%", "为年初预算的(比例)", period=P),
             M("6.1%", 6.1, "%", "一般公共预算收入同比增长", kind="growth", period=P),
             M("2.72亿元", 2.72, "亿元", "一般公共预算收入增收", period=P),
             M("35.18亿元", 35.18, "亿元", "税收收入", period=P),
             M("4.8%", 4.8, "%", "税收收入增长", kind="growth", period=P),
             M("74.3%", 74.3, "%", "税收占比", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="The half-year amount 47.32亿元 answers the year's budget as progress so far (0.5471); 为年初预算的54.7% is the completion share, not the amount. Growth 6.1% answers the growth target (1.1091); 增收2.72亿元 is the change in 亿元, and the 其中 税收 figures (35.18亿元, 4.8%) are a part with no target. 完成序时进度 has no number.")

# 2 税务局: elided subject (较上年同期增长 after naming the measure), 剔除…因素后 growth, 分税种 分别 list
P = "前三季度"
row("市税务局、市财政局",
    "全年税收收入完成62亿元,增长4%以上。",
    "前三季度,全市税务部门累计组织税收收入48.6亿元,较上年同期增长4.3%,增幅比上半年提高0.8个百分点;剔除留抵退税因素后增长9.7%。分税种看,国内增值税21.4亿元、企业所得税9.85亿元、个人所得税3.12亿元,分别增长6.2%、2.4%和8.1%。",
    targets=[M("62亿元", 62, "亿元", "税收收入"),
             M("4%", 4, "%", "税收收入", kind="growth", bound="min")],
    actuals=[M("48.6亿元", 48.6, "亿元", "累计组织税收收入", period=P),
             M("4.3%", 4.3, "%", "税收收入较上年同期增长", kind="growth", period=P),
             M("0.8个百分点", 0.8, "个百分点", "增幅比上半年提高", kind="growth", period=P),
             M("9.7%", 9.7, "%", "剔除留抵退税因素后税收收入增长", kind="growth", period=P),
             M("21.4亿元", 21.4, "亿元", "国内增值税", period=P),
             M("9.85亿元", 9.85, "亿元", "企业所得税", period=P),
             M("3.12亿元", 3.12, "亿元", "个人所得税", period=P),
             M("6.2%", 6.2, "%", "国内增值税增长", kind="growth", period=P),
             M("2.4%", 2.4, "%", "企业所得税增长", kind="growth", period=P),
             M("8.1%", 8.1, "%", "个人所得税增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="48.6/62 = 0.7839 (progress so far). The growth subject is elided after 税收收入: 较上年同期增长4.3% answers (1.075). The 剔除留抵退税因素后 9.7% is another 口径 (would-be 2.425); 提高0.8个百分点 is a change of the growth rate. The 分税种 parts and their 分别 growths have no target.")

# 3 民生支出占比: share target answered by the level share, not by its change in 个百分点
P = "1-9月"
row("市财政局",
    "民生支出占一般公共预算支出比重保持在80%以上。",
    "1-9月,全市一般公共预算支出完成126.7亿元,同比增长3.6%,其中民生支出103.4亿元,占比81.6%,较上年同期提高0.9个百分点;教育、社会保障和就业、卫生健康支出分别增长5.2%、7.8%、4.1%。",
    targets=[M("80%", 80, "%", "民生支出占一般公共预算支出比重", bound="min")],
    actuals=[M("126.7亿元", 126.7, "亿元", "一般公共预算支出", period=P),
             M("3.6%", 3.6, "%", "一般公共预算支出同比增长", kind="growth", period=P),
             M("103.4亿元", 103.4, "亿元", "民生支出", period=P),
             M("81.6%", 81.6, "%", "民生支出占比", period=P),
             M("0.9个百分点", 0.9, "个百分点", "民生支出占比较上年同期提高", kind="growth", period=P),
             M("5.2%", 5.2, "%", "教育支出增长", kind="growth", period=P),
             M("7.8%", 7.8, "%", "社会保障和就业支出增长", kind="growth", period=P),
             M("4.1%", 4.1, "%", "卫生健康支出增长", kind="growth", period=P)],
    pairs=[("t1", ["a4"])],
    note="The share target is answered by 占比81.6% (81.6/80 = 1.02), not by the change 0.9个百分点 nor by the amounts. The 分别 growths of the three spending lines have no target.")

# 4 专项债: 下达额度 (allocation) vs 累计发行 (issuance) vs 已支出 and 支出进度, an applied-for quota
P = "截至9月末"
row("市财政局、市发展改革委",
    "全年发行新增政府专项债券45亿元,专项债券资金支出进度年底前达到100%。",
    "截至9月末,省财政厅下达我市新增专项债券额度52.3亿元,已累计发行新增专项债券41.8亿元,支持项目68个;已支出33.6亿元,支出进度80.4%。另有明年提前批额度需求12亿元已完成项目申报。",
    targets=[M("45亿元", 45, "亿元", "发行新增政府专项债券"),
             M("100%", 100, "%", "专项债券资金支出进度")],
    actuals=[M("52.3亿元", 52.3, "亿元", "下达新增专项债券额度", period=P),
             M("41.8亿元", 41.8, "亿元", "累计发行新增专项债券", period=P),
             M("68个", 68, "个", "支持项目", period=P),
             M("33.6亿元", 33.6, "亿元", "专项债券资金已支出", period=P),
             M("80.4%", 80.4, "%", "专项债券资金支出进度", period=P),
             M("12亿元", 12, "亿元", "明年提前批额度需求(已申报)")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="Issuance is answered by 累计发行41.8亿元 (41.8/45 = 0.9289); the 下达额度52.3亿元 is an allocation, not issuance (would-be 1.1622). 支出进度80.4% answers the 100% target (0.804); 已支出33.6亿元 is its amount. The 12亿元 is next year's quota only applied for (申报). 提前批 is a batch name.")

# 5 直达资金 (full-width digits): 下达 vs 支出 vs 支出进度, a gap to the provincial average, 其中 part
P = "截至１０月底"
row("县财政局",
    "中央直达资金年底前支出进度不低于９５％。",
    "截至１０月底,中央直达资金累计下达我县８．６４亿元,已形成实际支出７．１２亿元,支出进度８２．４％,高于全省平均进度３．１个百分点;其中惠企利民补贴类资金下达１．３６亿元,支出１．２８亿元。",
    targets=[M("９５％", 95, "%", "中央直达资金支出进度", bound="min")],
    actuals=[M("８．６４亿元", 8.64, "亿元", "中央直达资金累计下达", period=P),
             M("７．１２亿元", 7.12, "亿元", "中央直达资金实际支出", period=P),
             M("８２．４％", 82.4, "%", "中央直达资金支出进度", period=P),
             M("３．１个百分点", 3.1, "个百分点", "支出进度高于全省平均进度", period=P),
             M("１．３６亿元", 1.36, "亿元", "惠企利民补贴类资金下达", period=P),
             M("１．２８亿元", 1.28, "亿元", "惠企利民补贴类资金支出", period=P)],
    pairs=[("t1", ["a3"])],
    note="Full-width digits. The rate target is answered by 支出进度82.4% (82.4/95 = 0.8674); 下达8.64亿元 and 支出7.12亿元 are the amounts behind it (7.12/8.64 = 82.4%), 3.1个百分点 is a lead over the provincial average. The 惠企利民 figures are a 其中 part with no target.")

# 6 人大财经委 review: YTD amounts answer, 为预算的 shares, a forecast and a restated target must not
P = "1-10月"
row("区财政局",
    "2024年区级一般公共预算收入预算为28.4亿元,增长6%;一般公共预算支出预算为61.2亿元。",
    "区人大财经委审查认为,今年以来预算执行总体平稳。1-10月,区级一般公共预算收入完成24.06亿元,为预算的84.7%,增长6.8%;一般公共预算支出完成48.93亿元,为预算的80%。根据区财政局测算,预计全年一般公共预算收入可完成28.9亿元、增长6.2%,能够完成年初确定的28.4亿元预算目标。",
    targets=[M("28.4亿元", 28.4, "亿元", "区级一般公共预算收入预算"),
             M("6%", 6, "%", "区级一般公共预算收入", kind="growth"),
             M("61.2亿元", 61.2, "亿元", "一般公共预算支出预算")],
    actuals=[M("24.06亿元", 24.06, "亿元", "区级一般公共预算收入", period=P),
             M("84.7%", 84.7, "%", "收入为预算的(比例)", period=P),
             M("6.8%", 6.8, "%", "区级一般公共预算收入增长", kind="growth", period=P),
             M("48.93亿元", 48.93, "亿元", "一般公共预算支出", period=P),
             M("80%", 80, "%", "支出为预算的(比例)", period=P),
             M("28.9亿元", 28.9, "亿元", "预计全年一般公共预算收入(forecast)", period="全年"),
             M("6.2%", 6.2, "%", "预计全年一般公共预算收入增长(forecast)", kind="growth", period="全年"),
             M("28.4亿元", 28.4, "亿元", "年初确定的预算目标(restated target)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="1-10月 amounts answer as progress so far: 24.06/28.4 = 0.8472, 48.93/61.2 = 0.7995; growth 6.8/6 = 1.1333. 为预算的84.7% and 80% are completion shares. 预计全年28.9亿元 and 6.2% are forecasts (would-be 1.0176, 1.0333); 28.4亿元 in the progress restates the target. 2024年 is a year.")

# 7 政府性基金: a steep fall, 完成预算的 share, 其中 土地出让 answers its 其中 target, a count of the change
P = "前三季度"
row("市财政局、市自然资源和规划局",
    "政府性基金预算收入安排120亿元,其中国有土地使用权出让收入110亿元。",
    "前三季度,全市政府性基金预算收入完成58.7亿元,同比下降23.6%,仅完成预算的48.9%;其中国有土地使用权出让收入52.4亿元,下降26.1%,主要是土地市场持续低迷,成交宗地较上年同期减少17宗。",
    targets=[M("120亿元", 120, "亿元", "政府性基金预算收入"),
             M("110亿元", 110, "亿元", "国有土地使用权出让收入")],
    actuals=[M("58.7亿元", 58.7, "亿元", "政府性基金预算收入", period=P),
             M("23.6%", 23.6, "%", "政府性基金预算收入同比下降", kind="reduction", period=P),
             M("48.9%", 48.9, "%", "完成预算的(比例)", period=P),
             M("52.4亿元", 52.4, "亿元", "国有土地使用权出让收入", period=P),
             M("26.1%", 26.1, "%", "国有土地使用权出让收入下降", kind="reduction", period=P),
             M("17宗", 17, "宗", "成交宗地较上年同期减少", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="58.7/120 = 0.4892 (the text's 48.9% is the share, not the amount); the 其中 land-sale target is answered by its 其中 actual 52.4/110 = 0.4764. The falls (23.6%, 26.1%) have no growth target; 减少17宗 is a change in the number of parcels.")

# 8 國有資本經營預算 (traditional): YTD amount, 為預算的 share, 其中 parts, expenditure with no target
P = "1-9月"
row("市財政局、市國資委",
    "國有資本經營預算收入安排3.2億元,主要為市屬國有企業利潤收入。",
    "1-9月,國有資本經營預算收入完成2.76億元,為預算的86.3%,同比增長12.4%,其中利潤收入2.31億元、股利股息收入0.45億元;國有資本經營預算支出1.08億元,主要用於國有企業資本金注入。",
    targets=[M("3.2億元", 3.2, "億元", "國有資本經營預算收入")],
    actuals=[M("2.76億元", 2.76, "億元", "國有資本經營預算收入", period=P),
             M("86.3%", 86.3, "%", "為預算的(比例)", period=P),
             M("12.4%", 12.4, "%", "國有資本經營預算收入同比增長", kind="growth", period=P),
             M("2.31億元", 2.31, "億元", "利潤收入", period=P),
             M("0.45億元", 0.45, "億元", "股利股息收入", period=P),
             M("1.08億元", 1.08, "億元", "國有資本經營預算支出", period=P)],
    pairs=[("t1", ["a1"])],
    note="Traditional characters. 2.76/3.2 = 0.8625 (為預算的86.3% is the share); 利潤 and 股利股息 are its 其中 parts (2.31 + 0.45 = 2.76) and are not added again. The expenditure 1.08億元 has no target; the growth has none either.")

# 9 减税降费: total answers (min bound), its four parts add up to it, 万户 of beneficiaries, a share
P = "1-11月"
row("市税务局、市财政局",
    "落实结构性减税降费政策,全年新增减税降费及退税缓费8亿元以上,惠及市场主体3万户。",
    "1-11月,全市累计新增减税降费及退税缓费9.36亿元,其中新增减税5.12亿元、新增降费1.47亿元、办理留抵退税2.35亿元、缓缴税费0.42亿元;享受政策的市场主体达3.4万户,其中小微企业和个体工商户占比92.6%。",
    targets=[M("8亿元", 8, "亿元", "新增减税降费及退税缓费", bound="min"),
             M("3万户", 3, "万户", "惠及市场主体")],
    actuals=[M("9.36亿元", 9.36, "亿元", "累计新增减税降费及退税缓费", period=P),
             M("5.12亿元", 5.12, "亿元", "新增减税", period=P),
             M("1.47亿元", 1.47, "亿元", "新增降费", period=P),
             M("2.35亿元", 2.35, "亿元", "办理留抵退税", period=P),
             M("0.42亿元", 0.42, "亿元", "缓缴税费", period=P),
             M("3.4万户", 3.4, "万户", "享受政策的市场主体", period=P),
             M("92.6%", 92.6, "%", "小微企业和个体工商户占比", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a6"])],
    note="The total 9.36亿元 answers (9.36/8 = 1.17); its four 其中 parts (5.12 + 1.47 + 2.35 + 0.42 = 9.36) are not added again. 3.4/3 = 1.1333. The 92.6% share has no target.")

# 10 “三保” 支出: total and three 其中 sub-targets answered by the matching parts, 占全年预算 share
P = "截至6月底"
row("县财政局",
    "足额保障“三保”支出,全年安排“三保”预算45.8亿元,其中保基本民生21.6亿元、保工资19.4亿元、保运转4.8亿元。",
    "截至6月底,全县“三保”支出累计完成24.17亿元,占全年预算的52.8%,其中保基本民生支出11.02亿元、保工资支出10.93亿元、保运转支出2.22亿元,未发生“三保”风险。",
    targets=[M("45.8亿元", 45.8, "亿元", "“三保”预算"),
             M("21.6亿元", 21.6, "亿元", "保基本民生"),
             M("19.4亿元", 19.4, "亿元", "保工资"),
             M("4.8亿元", 4.8, "亿元", "保运转")],
    actuals=[M("24.17亿元", 24.17, "亿元", "“三保”支出累计完成", period=P),
             M("52.8%", 52.8, "%", "占全年预算的(比例)", period=P),
             M("11.02亿元", 11.02, "亿元", "保基本民生支出", period=P),
             M("10.93亿元", 10.93, "亿元", "保工资支出", period=P),
             M("2.22亿元", 2.22, "亿元", "保运转支出", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="“三保” is a name (not a count). The half-year total answers the year's budget (24.17/45.8 = 0.5277; the share 52.8% is not the amount); the 其中 parts answer the 其中 sub-targets: 11.02/21.6 = 0.5102, 10.93/19.4 = 0.5634, 2.22/4.8 = 0.4625.")

# 11 年初预算 vs 调整预算: the adjusted budget is a changed target, the ratio stays against the original
P = "1-11月"
row("市财政局",
    "全市一般公共预算支出年初预算安排152亿元。",
    "经市人大常委会批准,年中调整后一般公共预算支出预算为168.5亿元,主要是新增再融资一般债券和上级追加转移支付。1-11月,一般公共预算支出完成139.6亿元,为调整预算的82.8%,同比增长4.9%。",
    targets=[M("152亿元", 152, "亿元", "一般公共预算支出年初预算")],
    actuals=[M("168.5亿元", 168.5, "亿元", "调整后一般公共预算支出预算(changed target)"),
             M("139.6亿元", 139.6, "亿元", "一般公共预算支出", period=P),
             M("82.8%", 82.8, "%", "为调整预算的(比例)", period=P),
             M("4.9%", 4.9, "%", "一般公共预算支出同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"])],
    note="The progress restates a changed target (调整预算168.5亿元): per SCHEMA the ratio stays against the 年初预算 152亿元, 139.6/152 = 0.9184 (against the adjusted budget 0.8285, the text's 82.8%). 168.5亿元 is not an amount spent.")

# 12 政府采购: 采购预算 vs 实际采购 (the scale), 节约率 (min), 中小企业 share (min), 其中 小微 part
P = "今年以来"
row("市财政局(政府采购监督管理科)",
    "全年政府采购规模达到30亿元,节约率保持在5%以上,授予中小企业合同金额占比不低于70%。",
    "今年以来,全市完成政府采购预算金额33.48亿元,实际采购金额31.62亿元,节约资金1.86亿元,资金节约率5.6%;授予中小企业合同金额24.35亿元,占政府采购合同总额的77%,其中授予小微企业合同金额16.9亿元。",
    targets=[M("30亿元", 30, "亿元", "政府采购规模"),
             M("5%", 5, "%", "节约率", bound="min"),
             M("70%", 70, "%", "授予中小企业合同金额占比", bound="min")],
    actuals=[M("33.48亿元", 33.48, "亿元", "政府采购预算金额", period=P),
             M("31.62亿元", 31.62, "亿元", "实际采购金额", period=P),
             M("1.86亿元", 1.86, "亿元", "节约资金", period=P),
             M("5.6%", 5.6, "%", "资金节约率", period=P),
             M("24.35亿元", 24.35, "亿元", "授予中小企业合同金额", period=P),
             M("77%", 77, "%", "授予中小企业合同金额占比", period=P),
             M("16.9亿元", 16.9, "亿元", "授予小微企业合同金额", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="采购规模 is the amount actually procured: 31.62/30 = 1.054; the 采购预算金额33.48亿元 is the budget the procurements were let against (would-be 1.116). 5.6/5 = 1.12; 77/70 = 1.1. 节约资金 and the 小微 part have no target.")

# 13 债务: a max-bound rate, 余额 under the 限额 (a ceiling), 化债 answered, an amount awaiting approval
P = "截至9月底"
row("市财政局(债务管理科)",
    "严格控制政府债务规模,全市政府法定债务率控制在120%以内,年内化解存量隐性债务18亿元。",
    "截至9月底,全市政府债务余额586.3亿元,控制在省核定的限额632亿元以内,法定债务率为113.4%,较年初下降2.6个百分点;今年已化解存量隐性债务14.7亿元,完成年度化债任务的81.7%,另有3.5亿元化债方案已报省财政厅审核。",
    targets=[M("120%", 120, "%", "政府法定债务率", bound="max"),
             M("18亿元", 18, "亿元", "化解存量隐性债务")],
    actuals=[M("586.3亿元", 586.3, "亿元", "政府债务余额", period=P),
             M("632亿元", 632, "亿元", "省核定的债务限额(ceiling)"),
             M("113.4%", 113.4, "%", "法定债务率", period=P),
             M("2.6个百分点", 2.6, "个百分点", "法定债务率较年初下降", kind="reduction", period=P),
             M("14.7亿元", 14.7, "亿元", "今年已化解存量隐性债务", period="今年"),
             M("81.7%", 81.7, "%", "完成年度化债任务的(比例)", period="今年"),
             M("3.5亿元", 3.5, "亿元", "已报审核的化债方案(pending)")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="The max-bound rate is answered by 113.4% (113.4/120 = 0.945, under the cap). 14.7/18 = 0.8167 (the text's 81.7% is the share); the 3.5亿元 plan only submitted for review does not count (would-be sum 1.0111). 632亿元 is the ceiling the 余额 is held under; 下降2.6个百分点 is a change of the rate.")

# 14 year series with 分别: the last year answers, earlier years do not, 三年年均 growth is another measure
row("县财政局",
    "2023年全县一般公共预算收入增长7%,达到15.6亿元。",
    "2021年、2022年、2023年,全县一般公共预算收入分别为13.28亿元、14.52亿元和15.81亿元,分别增长4.1%、9.3%和8.9%,三年年均增长7.4%。",
    targets=[M("7%", 7, "%", "一般公共预算收入", kind="growth"),
             M("15.6亿元", 15.6, "亿元", "一般公共预算收入")],
    actuals=[M("13.28亿元", 13.28, "亿元", "一般公共预算收入(2021年)", period="2021年"),
             M("14.52亿元", 14.52, "亿元", "一般公共预算收入(2022年)", period="2022年"),
             M("15.81亿元", 15.81, "亿元", "一般公共预算收入(2023年)", period="2023年"),
             M("4.1%", 4.1, "%", "一般公共预算收入增长(2021年)", kind="growth", period="2021年"),
             M("9.3%", 9.3, "%", "一般公共预算收入增长(2022年)", kind="growth", period="2022年"),
             M("8.9%", 8.9, "%", "一般公共预算收入增长(2023年)", kind="growth", period="2023年"),
             M("三年", 3, "年", "年均增长的期间(duration)"),
             M("7.4%", 7.4, "%", "一般公共预算收入年均增长", kind="growth")],
    pairs=[("t1", ["a6"]), ("t2", ["a3"])],
    note="A year series with two 分别 lists: the 2023 elements answer (growth 8.9/7 = 1.2714, amount 15.81/15.6 = 1.0135); 2021 and 2022 do not. The 三年年均增长7.4% is an average over a duration (三年), not the year's growth (would-be 1.0571). The years are dates.")

# 15 同口徑 vs 自然口徑 (traditional): the target names 同口徑, the natural fall does not answer
P = "上半年"
row("市財政局",
    "全市一般公共預算收入按同口徑增長5%。",
    "上半年,全市一般公共預算收入完成42.18億元,自然口徑下降3.2%,扣除去年同期一次性收入和留抵退稅因素後,同口徑增長5.6%;稅收收入31.05億元,同口徑增長4.9%。",
    targets=[M("5%", 5, "%", "一般公共預算收入(同口徑)", kind="growth")],
    actuals=[M("42.18億元", 42.18, "億元", "一般公共預算收入", period=P),
             M("3.2%", 3.2, "%", "一般公共預算收入自然口徑下降", kind="reduction", period=P),
             M("5.6%", 5.6, "%", "一般公共預算收入同口徑增長", kind="growth", period=P),
             M("31.05億元", 31.05, "億元", "稅收收入", period=P),
             M("4.9%", 4.9, "%", "稅收收入同口徑增長", kind="growth", period=P)],
    pairs=[("t1", ["a3"])],
    note="Traditional characters. The target is set 按同口徑: 同口徑增長5.6% answers (1.12); the 自然口徑 fall of 3.2% is another 口徑 (would-be -0.64). 稅收 4.9% is a part with no target. 一次性 (one-off) is an adjective, not a count.")

# 16 收入结构: a share target answered by the level share, a max-bound growth exceeded, 其中 parts
P = "1-8月"
row("区财政局",
    "优化收入结构,税收收入占一般公共预算收入比重提高到72%,非税收入增长控制在3%以内。",
    "1-8月,全区一般公共预算收入31.42亿元,其中税收收入22.06亿元,占比70.2%,同比提高1.8个百分点;非税收入9.36亿元,同比增长11.5%,主要是国有资源(资产)有偿使用收入集中入库1.2亿元。",
    targets=[M("72%", 72, "%", "税收收入占一般公共预算收入比重"),
             M("3%", 3, "%", "非税收入", kind="growth", bound="max")],
    actuals=[M("31.42亿元", 31.42, "亿元", "一般公共预算收入", period=P),
             M("22.06亿元", 22.06, "亿元", "税收收入", period=P),
             M("70.2%", 70.2, "%", "税收收入占比", period=P),
             M("1.8个百分点", 1.8, "个百分点", "税收占比同比提高", kind="growth", period=P),
             M("9.36亿元", 9.36, "亿元", "非税收入", period=P),
             M("11.5%", 11.5, "%", "非税收入同比增长", kind="growth", period=P),
             M("1.2亿元", 1.2, "亿元", "国有资源(资产)有偿使用收入集中入库", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a6"])],
    note="提高到72% is a level: 占比70.2% answers (0.975), not the change 1.8个百分点. The max-bound growth is answered by 11.5% (11.5/3 = 3.8333, over the cap). The amounts have no amount target.")

# 17 上年同期 baseline: last year's growth must not answer, a gap to the target
P = "1-5月"
row("市财政局",
    "一般公共预算收入增长5%。",
    "1-5月,一般公共预算收入完成19.84亿元,同比增长2.6%,上年同期为增长8.3%,增速低于年度目标2.4个百分点。",
    targets=[M("5%", 5, "%", "一般公共预算收入", kind="growth")],
    actuals=[M("19.84亿元", 19.84, "亿元", "一般公共预算收入", period=P),
             M("2.6%", 2.6, "%", "一般公共预算收入同比增长", kind="growth", period=P),
             M("8.3%", 8.3, "%", "一般公共预算收入增长(上年同期)", kind="growth", period="上年同期"),
             M("2.4个百分点", 2.4, "个百分点", "增速低于年度目标(差距)", period=P)],
    pairs=[("t1", ["a2"])],
    note="2.6/5 = 0.52. 上年同期为增长8.3% is last year's baseline (would-be 1.66); 2.4个百分点 is the gap to the target. The amount has no amount target.")

# 18 土地出让 (nothing answers): a restated budget, parcels only listed (no price received), a forecast and its shortfall
row("市财政局、市自然资源和规划局",
    "全年国有土地使用权出让收入力争达到60亿元以上。",
    "年初预算安排国有土地使用权出让收入60亿元。受房地产市场下行影响,截至目前已挂牌出让地块11宗、面积约820亩,均处于公示期,成交价款尚未入库;预计全年土地出让收入约35亿元,较预算减收25亿元,拟在年中预算调整中相应调减。",
    targets=[M("60亿元", 60, "亿元", "国有土地使用权出让收入", bound="min")],
    actuals=[M("60亿元", 60, "亿元", "年初预算安排国有土地使用权出让收入(restated target)"),
             M("11宗", 11, "宗", "已挂牌出让地块", period="截至目前"),
             M("820亩", 820, "亩", "已挂牌出让地块面积", period="截至目前"),
             M("35亿元", 35, "亿元", "预计全年土地出让收入(forecast)", period="全年"),
             M("25亿元", 25, "亿元", "预计较预算减收(forecast)", period="全年")],
    note="Nothing answers: 60亿元 restates the budget; the 11宗 parcels are only listed (挂牌, in 公示期) with no price received; 预计全年35亿元 is a forecast (would-be 0.5833) and 减收25亿元 its shortfall. 约820亩: 约 on an actual is not a bound.")

# 19 增收 target: growth and an 增收 amount both answered, the level has no level target, sector parts
P = "1-10月"
row("市税务局",
    "全年地方级税收收入增长6%,增收1.5亿元以上。",
    "1-10月,地方级税收收入完成22.35亿元,同比增长7.2%,增收1.5亿元,其中房地产业税收减收0.86亿元,制造业税收增收1.73亿元。",
    targets=[M("6%", 6, "%", "地方级税收收入", kind="growth"),
             M("1.5亿元", 1.5, "亿元", "地方级税收收入增收", bound="min")],
    actuals=[M("22.35亿元", 22.35, "亿元", "地方级税收收入", period=P),
             M("7.2%", 7.2, "%", "地方级税收收入同比增长", kind="growth", period=P),
             M("1.5亿元", 1.5, "亿元", "地方级税收收入增收", period=P),
             M("0.86亿元", 0.86, "亿元", "房地产业税收减收", period=P),
             M("1.73亿元", 1.73, "亿元", "制造业税收增收", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="7.2/6 = 1.2; 增收1.5亿元 answers the 增收 target (1.0). 22.35亿元 is the level, with no level target. The sector figures are parts of the change (−0.86 + 1.73 and others) with no target.")

# 20 鎮財政所 (traditional): 萬元 target answered in 億元, a duration in Chinese numerals, 鎮級留成 part
P = "截至11月底"
row("鎮財政所、稅務分局",
    "全鎮稅收收入完成9800萬元,增長8%。",
    "截至11月底,全鎮累計入庫稅收收入1.02億元,提前一個月完成全年任務,同比增長9.6%;其中鎮級留成部分3126萬元。",
    targets=[M("9800萬元", 9800, "萬元", "稅收收入"),
             M("8%", 8, "%", "稅收收入", kind="growth")],
    actuals=[M("1.02億元", 1.02, "億元", "累計入庫稅收收入", period=P),
             M("一個月", 1, "個月", "提前完成全年任務的時間(duration)"),
             M("9.6%", 9.6, "%", "稅收收入同比增長", kind="growth", period=P),
             M("3126萬元", 3126, "萬元", "鎮級留成部分", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. 1.02億元 against 9800萬元: 1.0408; 9.6/8 = 1.2. 一個月 is a duration (how early the task was met). 鎮級留成3126萬元 is the township's retained part, not the collection.")

# 21 民生实事 (Chinese numerals): restated scope 十件, 七件 completed answers, 拨付 amount and rate, 其中 parts
P = "截至9月底"
row("市财政局、市政府办公室",
    "统筹安排资金办好十件民生实事,年度预算安排民生实事资金12.6亿元。",
    "截至9月底,十件民生实事已拨付资金9.84亿元,资金拨付率78.1%,其中城乡居民医保财政补助3.26亿元、义务教育学校改薄1.92亿元;十件民生实事中已有七件完成年度目标任务。",
    targets=[M("十件", 10, "件", "办好民生实事"),
             M("12.6亿元", 12.6, "亿元", "民生实事资金")],
    actuals=[M("十件", 10, "件", "民生实事(scope, restated)", nth=0),
             M("9.84亿元", 9.84, "亿元", "民生实事已拨付资金", period=P),
             M("78.1%", 78.1, "%", "资金拨付率", period=P),
             M("3.26亿元", 3.26, "亿元", "城乡居民医保财政补助", period=P),
             M("1.92亿元", 1.92, "亿元", "义务教育学校改薄", period=P),
             M("十件", 10, "件", "民生实事(scope, restated)", nth=1),
             M("七件", 7, "件", "完成年度目标任务的民生实事", period=P)],
    pairs=[("t1", ["a7"]), ("t2", ["a2"])],
    note="Chinese numerals. Both 十件 in the progress restate the scope; 七件 completed answers (0.7). 拨付9.84亿元 answers the funds (0.781, the text's 拨付率78.1%); the 其中 items are parts.")

# 22 上级转移支付: total answers (min), its two parts, a central-budget amount still awaiting issuance
P = "1-9月"
row("县财政局、县发展改革局",
    "积极争取上级转移支付资金,全年争取各类上级补助资金85亿元以上。",
    "1-9月,全县累计争取上级转移支付资金79.3亿元,同比增长6.4%,其中一般性转移支付61.2亿元、专项转移支付18.1亿元;另有中央预算内投资项目23个、资金4.6亿元已通过省级审核,待国家下达。",
    targets=[M("85亿元", 85, "亿元", "争取各类上级补助资金", bound="min")],
    actuals=[M("79.3亿元", 79.3, "亿元", "累计争取上级转移支付资金", period=P),
             M("6.4%", 6.4, "%", "上级转移支付资金同比增长", kind="growth", period=P),
             M("61.2亿元", 61.2, "亿元", "一般性转移支付", period=P),
             M("18.1亿元", 18.1, "亿元", "专项转移支付", period=P),
             M("23个", 23, "个", "待下达的中央预算内投资项目"),
             M("4.6亿元", 4.6, "亿元", "待下达的中央预算内投资资金")],
    pairs=[("t1", ["a1"])],
    note="79.3/85 = 0.9329; the two 其中 parts add up to it. The 4.6亿元 central-budget funds have only passed provincial review and await issuance (待国家下达): not received (would-be sum 0.9871).")

# 23 全口径 vs 一般公共预算: two nested targets each answered by its own line, 完成年度目标的 shares, em-dash period
P = "1—9月"
row("市财政局、市税务局",
    "全口径财政收入达到210亿元,其中一般公共预算收入达到96亿元。",
    "1—9月,全市全口径财政收入完成163.5亿元,完成年度目标的77.9%,同比增长5.1%;一般公共预算收入完成74.2亿元,完成年度目标的77.3%,同比增长4.6%,高于全省平均水平1.2个百分点。",
    targets=[M("210亿元", 210, "亿元", "全口径财政收入"),
             M("96亿元", 96, "亿元", "一般公共预算收入")],
    actuals=[M("163.5亿元", 163.5, "亿元", "全口径财政收入", period=P),
             M("77.9%", 77.9, "%", "全口径完成年度目标的(比例)", period=P),
             M("5.1%", 5.1, "%", "全口径财政收入同比增长", kind="growth", period=P),
             M("74.2亿元", 74.2, "亿元", "一般公共预算收入", period=P),
             M("77.3%", 77.3, "%", "一般公共预算收入完成年度目标的(比例)", period=P),
             M("4.6%", 4.6, "%", "一般公共预算收入同比增长", kind="growth", period=P),
             M("1.2个百分点", 1.2, "个百分点", "增速高于全省平均水平", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="The broader 全口径 target is answered by the 全口径 amount (163.5/210 = 0.7786), the narrower 一般公共预算 target by its own line (74.2/96 = 0.7729), not by the aggregate. 77.9% and 77.3% are completion shares; the growths have no growth target.")

# 24 决算 review: the year's final amount, 完成预算的 share, 超收 amount, growth with no target
P = "2023年"
row("市人大财政经济委员会、市财政局",
    "2023年市级一般公共预算收入预算数为34.5亿元。",
    "2023年市级一般公共预算收入决算数为35.62亿元,完成预算的103.2%,超收1.12亿元,比上年增长5.8%。超收收入按规定全部用于补充预算稳定调节基金。",
    targets=[M("34.5亿元", 34.5, "亿元", "市级一般公共预算收入预算数")],
    actuals=[M("35.62亿元", 35.62, "亿元", "市级一般公共预算收入决算数", period=P),
             M("103.2%", 103.2, "%", "完成预算的(比例)", period=P),
             M("1.12亿元", 1.12, "亿元", "超收", period=P),
             M("5.8%", 5.8, "%", "比上年增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"])],
    note="The 决算数 answers the 预算数: 35.62/34.5 = 1.0325 (the text's 103.2% is the share); 超收1.12亿元 is the excess over the budget, not the amount. The growth has no target.")

# 25 直达资金: 收到 and 分配下达 the same amount (nth), 分配进度 answers the allocation-rate target, 支出进度 the spending one
P = "截至11月底"
row("市财政局",
    "做好财政资金直达机制工作,直达资金分配下达率达到100%,支出进度不低于90%。",
    "截至11月底,全市共收到中央直达资金38.72亿元,已分配下达38.72亿元,分配进度100%;累计形成支出33.94亿元,支出进度87.7%,较序时进度慢4个百分点。",
    targets=[M("100%", 100, "%", "直达资金分配下达率"),
             M("90%", 90, "%", "直达资金支出进度", bound="min")],
    actuals=[M("38.72亿元", 38.72, "亿元", "收到中央直达资金", nth=0, period=P),
             M("38.72亿元", 38.72, "亿元", "已分配下达直达资金", nth=1, period=P),
             M("100%", 100, "%", "分配进度", period=P),
             M("33.94亿元", 33.94, "亿元", "直达资金累计形成支出", period=P),
             M("87.7%", 87.7, "%", "直达资金支出进度", period=P),
             M("4个百分点", 4, "个百分点", "支出进度较序时进度慢(差距)", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="分配进度100% answers the allocation rate (1.0); 支出进度87.7% answers the spending rate (87.7/90 = 0.9744). The amounts (38.72亿元 twice, told apart by nth, and 33.94亿元) are what the rates are made of; 慢4个百分点 is a gap to the 序时进度.")

# 26 专项债额度: 争取额度 answered over 100%, a 支出率 at a later date, a forecast rate that must not answer
row("区财政局",
    "争取新增专项债券额度30亿元,全部用于在建项目和补短板项目,年内专项债券资金支出率达到95%。",
    "今年以来,全区共争取新增专项债券额度33.5亿元,已全部发行,支持项目42个;截至10月底,已使用专项债券资金26.1亿元,支出率77.9%,预计年底前可达95%以上。",
    targets=[M("30亿元", 30, "亿元", "争取新增专项债券额度"),
             M("95%", 95, "%", "专项债券资金支出率")],
    actuals=[M("33.5亿元", 33.5, "亿元", "争取新增专项债券额度", period="今年以来"),
             M("42个", 42, "个", "支持项目", period="今年以来"),
             M("26.1亿元", 26.1, "亿元", "已使用专项债券资金", period="截至10月底"),
             M("77.9%", 77.9, "%", "专项债券资金支出率", period="截至10月底"),
             M("95%", 95, "%", "预计年底前支出率(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="33.5/30 = 1.1167. 支出率77.9% answers (77.9/95 = 0.82); 预计年底前可达95%以上 is a forecast (would-be 1.0). 已使用26.1亿元 is the amount behind the rate.")

# 27 “三公”经费 and 一般性支出: reduction targets answered by reductions, three parts of the total
P = "上半年"
row("市财政局、市机关事务管理局",
    "厉行节约,市级“三公”经费支出比上年下降5%,一般性支出压减10%以上。",
    "上半年,市级“三公”经费支出1863万元,同比下降7.4%,其中因公出国(境)费42万元、公务接待费396万元、公务用车购置及运行维护费1425万元;一般性支出压减11.6%,压减资金1.38亿元统筹用于民生领域。",
    targets=[M("5%", 5, "%", "市级“三公”经费支出", kind="reduction"),
             M("10%", 10, "%", "一般性支出压减", kind="reduction", bound="min")],
    actuals=[M("1863万元", 1863, "万元", "市级“三公”经费支出", period=P),
             M("7.4%", 7.4, "%", "“三公”经费支出同比下降", kind="reduction", period=P),
             M("42万元", 42, "万元", "因公出国(境)费", period=P),
             M("396万元", 396, "万元", "公务接待费", period=P),
             M("1425万元", 1425, "万元", "公务用车购置及运行维护费", period=P),
             M("11.6%", 11.6, "%", "一般性支出压减", kind="reduction", period=P),
             M("1.38亿元", 1.38, "亿元", "压减资金", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"])],
    note="Reductions answer reductions: 7.4/5 = 1.48, 11.6/10 = 1.16. “三公” is a name. 1863万元 is the spending (its three parts 42 + 396 + 1425 add up to it); 压减资金1.38亿元 is the amount saved, no target.")

# 28 盘活存量: a target met by the sum of two income lines, 两年以上 as a class threshold, 其中 part
P = "1-10月"
row("市财政局、市机关事务管理局",
    "盘活存量资产,全年实现国有资产处置及出租收入2.5亿元,清理盘活财政存量资金3亿元。",
    "1-10月,全市通过公开拍卖、协议转让等方式处置行政事业单位闲置资产136处,实现处置收入1.42亿元,出租收入0.63亿元;清理盘活财政存量资金4.27亿元,其中收回两年以上结转资金2.85亿元。",
    targets=[M("2.5亿元", 2.5, "亿元", "国有资产处置及出租收入"),
             M("3亿元", 3, "亿元", "清理盘活财政存量资金")],
    actuals=[M("136处", 136, "处", "处置行政事业单位闲置资产", period=P),
             M("1.42亿元", 1.42, "亿元", "处置收入", period=P),
             M("0.63亿元", 0.63, "亿元", "出租收入", period=P),
             M("4.27亿元", 4.27, "亿元", "清理盘活财政存量资金", period=P),
             M("两年", 2, "年", "两年以上结转资金(class threshold)"),
             M("2.85亿元", 2.85, "亿元", "收回两年以上结转资金", period=P)],
    pairs=[("t1", ["a2", "a3"]), ("t2", ["a4"])],
    note="The 处置及出租 target is met by the sum 1.42 + 0.63 = 2.05亿元 (combine sum, 0.82). 4.27/3 = 1.4233; the 2.85亿元 收回 is its 其中 part. 两年以上 is a class threshold of the 结转资金. 136处 is a count of assets, no target.")

# 29 社保基金预算 (full-width digits): income and spending each answered, 为预算的 shares, 其中 part, a stock
P = "１－９月"
row("市财政局、市人力资源社会保障局",
    "城乡居民基本养老保险基金收入预算１２．８亿元,基金支出预算１１．６亿元。",
    "１－９月,城乡居民基本养老保险基金收入完成１０．０２亿元,为预算的７８．３％,其中财政补贴收入６．４１亿元;基金支出８．７５亿元,为预算的７５．４％,累计结余２１．３６亿元。",
    targets=[M("１２．８亿元", 12.8, "亿元", "城乡居民基本养老保险基金收入预算"),
             M("１１．６亿元", 11.6, "亿元", "基金支出预算")],
    actuals=[M("１０．０２亿元", 10.02, "亿元", "城乡居民基本养老保险基金收入", period=P),
             M("７８．３％", 78.3, "%", "收入为预算的(比例)", period=P),
             M("６．４１亿元", 6.41, "亿元", "财政补贴收入", period=P),
             M("８．７５亿元", 8.75, "亿元", "基金支出", period=P),
             M("７５．４％", 75.4, "%", "支出为预算的(比例)", period=P),
             M("２１．３６亿元", 21.36, "亿元", "累计结余(stock)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Full-width digits. 10.02/12.8 = 0.7828, 8.75/11.6 = 0.7543 (the 为预算的 shares are not the amounts). 财政补贴收入 is a 其中 part; 累计结余 is a stock with no target.")

# 30 留抵退稅 (traditional): total answers over 100%, two parts, a manufacturing slice and its share, 戶 count
P = "截至6月30日"
row("市稅務局",
    "落實增值稅留抵退稅政策,全年辦理留抵退稅12億元,確保符合條件的企業應退盡退。",
    "截至6月30日,全市累計為1826戶納稅人辦理增值稅留抵退稅13.64億元,超過全年預計規模,其中存量留抵退稅9.27億元、增量留抵退稅4.37億元;製造業企業退稅7.95億元,佔比58.3%。",
    targets=[M("12億元", 12, "億元", "辦理留抵退稅")],
    actuals=[M("1826戶", 1826, "戶", "辦理留抵退稅的納稅人", period=P),
             M("13.64億元", 13.64, "億元", "累計辦理增值稅留抵退稅", period=P),
             M("9.27億元", 9.27, "億元", "存量留抵退稅", period=P),
             M("4.37億元", 4.37, "億元", "增量留抵退稅", period=P),
             M("7.95億元", 7.95, "億元", "製造業企業退稅", period=P),
             M("58.3%", 58.3, "%", "製造業企業退稅佔比", period=P)],
    pairs=[("t1", ["a2"])],
    note="Traditional characters. 13.64/12 = 1.1367; 存量 and 增量 are its parts (9.27 + 4.37 = 13.64), 製造業 a slice across them. 6月30日 is a date; 超過全年預計規模 has no number.")

# 31 分别 lists of three spending lines, growth targets, one answered by a fall (negative ratio)
P = "前三季度"
row("县财政局",
    "教育支出增长不低于5%,科学技术支出增长8%,卫生健康支出增长4%。",
    "前三季度,全县教育、科学技术、卫生健康支出分别完成8.92亿元、0.74亿元、4.36亿元。其中教育、科学技术支出分别增长6.3%、12.5%,卫生健康支出下降2.1%,主要是上年同期基数中含公共卫生应急项目支出1.05亿元。",
    targets=[M("5%", 5, "%", "教育支出", kind="growth", bound="min"),
             M("8%", 8, "%", "科学技术支出", kind="growth"),
             M("4%", 4, "%", "卫生健康支出", kind="growth")],
    actuals=[M("8.92亿元", 8.92, "亿元", "教育支出", period=P),
             M("0.74亿元", 0.74, "亿元", "科学技术支出", period=P),
             M("4.36亿元", 4.36, "亿元", "卫生健康支出", period=P),
             M("6.3%", 6.3, "%", "教育支出增长", kind="growth", period=P),
             M("12.5%", 12.5, "%", "科学技术支出增长", kind="growth", period=P),
             M("2.1%", 2.1, "%", "卫生健康支出下降", kind="reduction", period=P),
             M("1.05亿元", 1.05, "亿元", "上年同期基数中公共卫生应急项目支出(baseline)", period="上年同期")],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="The 分别 lists map in order: 6.3/5 = 1.26, 12.5/8 = 1.5625; the fall 下降2.1% answers the health growth target with a signed ratio -2.1/4 = -0.525. The amounts have no amount target; 1.05亿元 is an item in last year's base.")

# 32 预算绩效评价 (Chinese numerals): counts and amounts in Chinese numerals, grade counts add up, a cut in 万元
P = "今年以来"
row("市财政局(预算绩效管理科)",
    "开展重点项目预算绩效评价,全年完成评价项目一百二十个,覆盖资金二十亿元。",
    "今年以来,市财政局已对九十六个重点项目开展绩效评价,涉及资金十八点五亿元,评价结果为“优”的三十一个、“良”的五十二个,对评价结果较差的十三个项目调减预算4300万元。",
    targets=[M("一百二十个", 120, "个", "完成评价项目"),
             M("二十亿元", 20, "亿元", "覆盖资金")],
    actuals=[M("九十六个", 96, "个", "开展绩效评价的重点项目", period=P),
             M("十八点五亿元", 18.5, "亿元", "评价涉及资金", period=P),
             M("三十一个", 31, "个", "评价结果为优的项目", period=P),
             M("五十二个", 52, "个", "评价结果为良的项目", period=P),
             M("十三个", 13, "个", "评价结果较差的项目", period=P),
             M("4300万元", 4300, "万元", "调减预算", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Chinese numerals (十八点五 = 18.5). 96/120 = 0.8; 18.5/20 = 0.925. The grade counts 31 + 52 + 13 = 96 are parts of the evaluated projects; the 4300万元 cut has no target. In 重点项目 the 点 is part of a word, not a numeral.")

# 33 税收占比 (full-width digits): a growth target in 个百分点 answered by the change, not by the level share
P = "１－１１月"
row("市财政局、市税务局",
    "税收占一般公共预算收入比重较上年提高１个百分点以上。",
    "１－１１月,全市税收收入完成６５．８亿元,同比增长６．１％,占一般公共预算收入的７６．２％,较上年同期提高１．４个百分点。",
    targets=[M("１个百分点", 1, "个百分点", "税收占一般公共预算收入比重较上年提高", kind="growth", bound="min")],
    actuals=[M("６５．８亿元", 65.8, "亿元", "税收收入", period=P),
             M("６．１％", 6.1, "%", "税收收入同比增长", kind="growth", period=P),
             M("７６．２％", 76.2, "%", "税收占一般公共预算收入的比重", period=P),
             M("１．４个百分点", 1.4, "个百分点", "税收占比较上年同期提高", kind="growth", period=P)],
    pairs=[("t1", ["a4"])],
    note="Full-width digits. The target is a rise of the share in 个百分点: 提高1.4个百分点 answers (1.4). The level 76.2% and the tax growth 6.1% are other measures. The period digits are dates.")

# 34 预算公开 (nothing answers): a rate target, only a count of departments and stages reported
row("市财政局",
    "推进预算公开,全市部门预决算公开率达到100%。",
    "市级128个部门已于3月底前在政府门户网站统一公开部门预算,乡镇(街道)预算公开工作正在推进;部门决算将于8月底前公开。",
    targets=[M("100%", 100, "%", "部门预决算公开率")],
    actuals=[M("128个", 128, "个", "已公开部门预算的市级部门")],
    note="Nothing answers: no rate is reported; 128个部门 is a count without the total it is a share of, the township budgets are still being published and the 决算 only later (8月底). 3月底 and 8月底 are dates; 统一 is a word, not a numeral.")

# 35 专项债项目: reserve, applied-for need, approved quota answers, projects awaiting issuance
P = "今年以来"
row("县财政局、县发展改革局",
    "谋划储备专项债券项目,全年争取新增专项债券资金20亿元。",
    "今年以来,全县共谋划储备专项债券项目56个,总投资182.6亿元,已申报专项债券需求46.3亿元;经省级审核,已获批发行专项债券额度17.8亿元,涉及项目21个,另有8个项目、申请额度6.2亿元已通过国家发展改革委审核,待财政部审核后下达。",
    targets=[M("20亿元", 20, "亿元", "争取新增专项债券资金")],
    actuals=[M("56个", 56, "个", "储备专项债券项目", period=P),
             M("182.6亿元", 182.6, "亿元", "储备项目总投资(scope)", period=P),
             M("46.3亿元", 46.3, "亿元", "已申报专项债券需求(submitted)", period=P),
             M("17.8亿元", 17.8, "亿元", "已获批发行专项债券额度", period=P),
             M("21个", 21, "个", "获批额度涉及项目", period=P),
             M("8个", 8, "个", "待下达的项目"),
             M("6.2亿元", 6.2, "亿元", "待下达的申请额度(pending)")],
    pairs=[("t1", ["a4"])],
    note="Only the approved quota answers: 17.8/20 = 0.89. 申报需求46.3亿元 is submitted (would-be 2.315); the 6.2亿元 awaiting the 财政部 (待下达) is pending (would-be sum 1.2). 182.6亿元 is the total investment of the reserve projects.")

# 36 半年支出: YTD spending answers the budget, 完成预算的 share, lead over the 序时进度, 市本级 + 区县 parts
P = "上半年"
row("市财政局",
    "一般公共预算支出预算安排245亿元,支出进度与序时进度保持同步。",
    "上半年,全市一般公共预算支出完成131.8亿元,完成预算的53.8%,超序时进度3.8个百分点,同比增长2.7%;其中市本级支出48.6亿元、区县支出83.2亿元。",
    targets=[M("245亿元", 245, "亿元", "一般公共预算支出预算")],
    actuals=[M("131.8亿元", 131.8, "亿元", "一般公共预算支出", period=P),
             M("53.8%", 53.8, "%", "完成预算的(比例)", period=P),
             M("3.8个百分点", 3.8, "个百分点", "超序时进度", period=P),
             M("2.7%", 2.7, "%", "一般公共预算支出同比增长", kind="growth", period=P),
             M("48.6亿元", 48.6, "亿元", "市本级支出", period=P),
             M("83.2亿元", 83.2, "亿元", "区县支出", period=P)],
    pairs=[("t1", ["a1"])],
    note="131.8/245 = 0.538 (the share 53.8% is not the amount); 市本级 and 区县 are its parts (48.6 + 83.2 = 131.8). 与序时进度保持同步 has no number; 超序时进度3.8个百分点 is a lead, not a target value.")

# 37 人大審查 (traditional, nothing answers): this year only forecast, next year's budget and growth
row("市財政局",
    "全市一般公共預算收入增長5.5%,達到182億元。",
    "市人大財政經濟委員會審查認為:今年全市一般公共預算收入預計完成185.3億元,增長7.3%,完成預算的101.8%;明年一般公共預算收入預算安排為193.5億元,增長4.4%,與經濟增長預期基本協調。",
    targets=[M("5.5%", 5.5, "%", "一般公共預算收入", kind="growth"),
             M("182億元", 182, "億元", "一般公共預算收入")],
    actuals=[M("185.3億元", 185.3, "億元", "預計完成一般公共預算收入(forecast)", period="今年"),
             M("7.3%", 7.3, "%", "預計一般公共預算收入增長(forecast)", kind="growth", period="今年"),
             M("101.8%", 101.8, "%", "預計完成預算的(比例, forecast)", period="今年"),
             M("193.5億元", 193.5, "億元", "明年一般公共預算收入預算(next year's target)", period="明年"),
             M("4.4%", 4.4, "%", "明年一般公共預算收入預算增長(next year's target)", kind="growth", period="明年")],
    note="Traditional characters. Nothing answers: this year's figures are only 預計 (would-be 7.3/5.5 = 1.3273, 185.3/182 = 1.0181), and 193.5億元 / 4.4% are next year's budget, a new target.")

# 38 社保费 by the 税务局: amount answers, 其中 part, a standard in 元 answered by the standard applied, 万人
P = "1-11月"
row("市税务局、市医疗保障局",
    "全年组织社会保险费收入28亿元,城乡居民医保个人缴费标准提高到每人每年380元。",
    "1-11月,全市税务部门累计征收社会保险费26.47亿元,同比增长6.9%,其中企业职工基本养老保险费18.62亿元;城乡居民医保个人缴费标准已按每人每年380元执行,全市参保缴费186.4万人,征收个人缴费7.08亿元。",
    targets=[M("28亿元", 28, "亿元", "组织社会保险费收入"),
             M("380元", 380, "元", "城乡居民医保个人缴费标准")],
    actuals=[M("26.47亿元", 26.47, "亿元", "累计征收社会保险费", period=P),
             M("6.9%", 6.9, "%", "社会保险费同比增长", kind="growth", period=P),
             M("18.62亿元", 18.62, "亿元", "企业职工基本养老保险费", period=P),
             M("380元", 380, "元", "已执行的城乡居民医保个人缴费标准", period=P),
             M("186.4万人", 186.4, "万人", "参保缴费人数", period=P),
             M("7.08亿元", 7.08, "亿元", "征收个人缴费", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="26.47/28 = 0.9454; 养老保险费 is its 其中 part. The standard is reported as applied (已按…执行), the level reached, not a restatement of the plan: 380/380 = 1.0. The number of payers and the 个人缴费 amount (186.4万人 × 380元 ≈ 7.08亿元) have no target.")

# 39 乡镇财政所 (万元): 完成全年任务的 shares, the non-tax remainder, a 预计全年 forecast
P = "1-9月"
row("镇财政所",
    "全镇一般公共预算收入完成8600万元,其中税收收入6900万元。",
    "1-9月,全镇完成一般公共预算收入6523万元,完成全年任务的75.8%;税收收入完成5186万元,完成全年任务的75.2%,非税收入1337万元。预计全年可完成一般公共预算收入8750万元。",
    targets=[M("8600万元", 8600, "万元", "一般公共预算收入"),
             M("6900万元", 6900, "万元", "税收收入")],
    actuals=[M("6523万元", 6523, "万元", "一般公共预算收入", period=P),
             M("75.8%", 75.8, "%", "完成全年任务的(比例)", period=P),
             M("5186万元", 5186, "万元", "税收收入", period=P),
             M("75.2%", 75.2, "%", "税收收入完成全年任务的(比例)", period=P),
             M("1337万元", 1337, "万元", "非税收入", period=P),
             M("8750万元", 8750, "万元", "预计全年一般公共预算收入(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="6523/8600 = 0.7585, 5186/6900 = 0.7516 (the 75.8% and 75.2% shares are not the amounts). 非税收入 is the remainder (6523 - 5186) with no target; 预计全年8750万元 is a forecast (would-be 1.0174).")

# 40 新增政府债券: total and two 其中 sub-targets answered, 分五批 a count of batches, 再融资 another measure
P = "截至11月底"
row("市财政局(债务管理科)",
    "全年新增政府债券资金50亿元,其中一般债券8亿元、专项债券42亿元。",
    "截至11月底,省财政厅分五批下达我市新增政府债券资金48.6亿元,其中一般债券7.5亿元、专项债券41.1亿元,均已发行到位;另发行再融资债券23.4亿元,用于偿还到期政府债券本金。",
    targets=[M("50亿元", 50, "亿元", "新增政府债券资金"),
             M("8亿元", 8, "亿元", "新增一般债券"),
             M("42亿元", 42, "亿元", "新增专项债券")],
    actuals=[M("五批", 5, "批", "下达批次", period=P),
             M("48.6亿元", 48.6, "亿元", "下达并发行新增政府债券资金", period=P),
             M("7.5亿元", 7.5, "亿元", "新增一般债券", period=P),
             M("41.1亿元", 41.1, "亿元", "新增专项债券", period=P),
             M("23.4亿元", 23.4, "亿元", "发行再融资债券", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="The bonds are both allocated and issued (均已发行到位): 48.6/50 = 0.972, 7.5/8 = 0.9375, 41.1/42 = 0.9786. 分五批 counts batches (a count, not a batch number). 再融资债券23.4亿元 refinances maturing debt, not 新增 bonds.")


probe.write(Path(__file__).with_name("probe-budget.gold.jsonl"))
