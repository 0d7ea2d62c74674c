"""Writes probe-shishi.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (docs/gold-schema.md). Rows 1-30 are 民生实事 project lists of a
city or county (year-end and mid-year reports); rows 31-40 are mid-term evaluations of a
“十四五” plan (规划目标 against the 2023 or 2024 value). Six rows are in traditional characters;
some use full-width digits or Chinese numerals. Checks that every annotated string occurs (nth),
that no two mentions of a column claim the same span, computes ratios, and lists digit and
numeral runs left unannotated. Run: python tests/cases/make_probe_shishi.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe4")


def row(task, progress, *args, **kw):
    probe.row("", task, progress, *args, **kw)  # (no owners in this set)


# ---------------------------------------------------------------------------------------------
# Part 1 (items 1-30): 民生实事, year-end and mid-year
# ---------------------------------------------------------------------------------------------

# 1 幼儿园 (year-end): 十件民生实事 scope count, 其中 parts restating the total, 超额完成
P = "全年"
row("新建、改扩建公办幼儿园12所,新增公办学前教育学位3600个,公办园在园幼儿占比达到55%以上。",
    "在年初确定的十件民生实事中,学前教育扩容项目率先完成。全年新建、改扩建公办幼儿园13所,其中新建8所、改扩建5所,新增公办学前学位3780个,超额完成年度任务;公办园在园幼儿占比提高到56.8%,较上年提高3.2个百分点。",
    targets=[M("12所", 12, "所", "新建、改扩建公办幼儿园"),
             M("3600个", 3600, "个", "新增公办学前教育学位"),
             M("55%", 55, "%", "公办园在园幼儿占比", bound="min")],
    actuals=[M("十件", 10, "件", "年初确定的民生实事(scope)"),
             M("13所", 13, "所", "新建、改扩建公办幼儿园", period=P),
             M("8所", 8, "所", "新建公办幼儿园", period=P),
             M("5所", 5, "所", "改扩建公办幼儿园", period=P),
             M("3780个", 3780, "个", "新增公办学前学位", period=P),
             M("56.8%", 56.8, "%", "公办园在园幼儿占比", period=P),
             M("3.2个百分点", 3.2, "个百分点", "公办园在园幼儿占比较上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="十件 counts the year's project list (an actual, unpaired). The 其中 parts (8所+5所) restate the 13所 and are not added to it. 超额完成 has no number.")

# 2 老旧小区 (mid-year): scope restated, 开工率 vs 完工, 年度目标任务的X%, 序时进度, filed-not-started lifts
P = "截至6月底"
row("改造城镇老旧小区86个,惠及居民1.2万户,同步加装电梯100部。",
    "截至6月底,年度计划改造的86个小区已全部进场施工,开工率100%;其中已完工31个,惠及居民4260户,完成年度目标任务的36%,快于序时进度;已加装电梯43部,另有28部完成备案尚未开工。",
    targets=[M("86个", 86, "个", "改造城镇老旧小区"), M("1.2万户", 1.2, "万户", "惠及居民"),
             M("100部", 100, "部", "加装电梯")],
    actuals=[M("86个", 86, "个", "年度计划改造的小区(scope)", period=P),
             M("100%", 100, "%", "开工率", period=P),
             M("31个", 31, "个", "已完工老旧小区", period=P),
             M("4260户", 4260, "户", "惠及居民", period=P),
             M("36%", 36, "%", "完成年度目标任务的(比例)", period=P),
             M("43部", 43, "部", "已加装电梯", period=P),
             M("28部", 28, "部", "完成备案尚未开工的电梯", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="The restated 86个 is the year's list (scope); all started (开工率100%) but only the 31 finished answer 改造 (would-be 1.0 with the scope). 28部 filed but not started are not added (would-be sum 0.71). 序时进度 has no number.")

# 3 城乡居民医保 (year-end): per-person standard vs total funds, 元/人·年
row("城乡居民医保财政补助标准提高到每人每年不低于670元,居民医保参保率稳定在95%以上,门诊慢特病病种扩大到60种。",
    "城乡居民医保人均财政补助标准达到670元/人·年,全年各级财政共投入补助资金9.38亿元;全市居民医保参保140.2万人,参保率96.3%;门诊慢特病病种由50种增加至62种。",
    targets=[M("670元", 670, "元/人年", "城乡居民医保财政补助标准(每人每年)", bound="min"),
             M("95%", 95, "%", "居民医保参保率", bound="min"),
             M("60种", 60, "种", "门诊慢特病病种")],
    actuals=[M("670元/人·年", 670, "元/人年", "城乡居民医保人均财政补助标准"),
             M("9.38亿元", 9.38, "亿元", "各级财政投入补助资金", period="全年"),
             M("140.2万人", 140.2, "万人", "居民医保参保人数"),
             M("96.3%", 96.3, "%", "居民医保参保率"),
             M("50种", 50, "种", "门诊慢特病病种(原)"),
             M("62种", 62, "种", "门诊慢特病病种")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Per-person standard (每人每年 in the task, 元/人·年 suffix in the progress; both annotated 元/人年 as the schema annotates per-person rates) vs the total 9.38亿元 spent, which does not answer it. 由50种增加至62种: the old value is not a result.")

# 4 养老床位 (traditional, year-end): 其中 sub-target, share, 累計 service count
P = "全年"
row("新增養老服務床位800張,其中護理型床位不少於500張;新建社區老年助餐點40個,為3000戶特殊困難老年人家庭實施居家適老化改造。",
    "全年新增養老服務床位826張,其中護理型床位512張,護理型床位佔比達62%;新建社區老年助餐點42個,累計服務老年人18.6萬人次;完成居家適老化改造3015戶,完成率100.5%。",
    targets=[M("800張", 800, "張", "新增養老服務床位"), M("500張", 500, "張", "護理型床位", bound="min"),
             M("40個", 40, "個", "新建社區老年助餐點"), M("3000戶", 3000, "戶", "特殊困難老年人家庭居家適老化改造")],
    actuals=[M("826張", 826, "張", "新增養老服務床位", period=P),
             M("512張", 512, "張", "護理型床位", period=P),
             M("62%", 62, "%", "護理型床位佔比", period=P),
             M("42個", 42, "個", "新建社區老年助餐點", period=P),
             M("18.6萬人次", 18.6, "萬人次", "累計服務老年人", period=P),
             M("3015戶", 3015, "戶", "完成居家適老化改造", period=P),
             M("100.5%", 100.5, "%", "完成率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t4", ["a6"])],
    note="Traditional characters (張, 個, 戶, 萬). 其中 part answered by its part; 62% is a share with no target.")

# 5 中小学校 (mid-year): everything started, nothing delivered yet; forecast; nothing pairs
row("新建改扩建中小学校9所,新增公办义务教育学位8100个。",
    "上半年,9所学校均已开工建设,其中城南小学、滨湖初中2所学校主体已封顶;项目完成投资3.26亿元,占年度计划投资的47%,超序时进度3个百分点。预计秋季开学前可交付使用2所、新增学位4050个,其余项目年底前竣工。",
    targets=[M("9所", 9, "所", "新建改扩建中小学校"), M("8100个", 8100, "个", "新增公办义务教育学位")],
    actuals=[M("9所", 9, "所", "已开工建设学校", period="上半年"),
             M("2所", 2, "所", "主体已封顶学校", period="上半年", nth=0),
             M("3.26亿元", 3.26, "亿元", "项目完成投资", period="上半年"),
             M("47%", 47, "%", "占年度计划投资的(比例)", period="上半年"),
             M("3个百分点", 3, "个百分点", "投资进度超序时进度", period="上半年"),
             M("2所", 2, "所", "预计秋季开学前交付使用学校", nth=1),
             M("4050个", 4050, "个", "预计新增学位")],
    pairs=[],
    note="Nothing answers yet: 开工 and 封顶 are weaker statuses than 新建 (would-be 1.0 with the 9所 started), and 2所/4050个 are a forecast for a date still ahead (would-be 0.2222 and 0.5). 3个百分点 is a gap to the 序时进度.")

# 6 农村公路 (full-width digits incl. ％, year-end): completion share, deferred bridges
P = "全年"
row("新改建农村公路１５０公里,实施农村公路安全生命防护工程２００公里,改造农村危桥２０座。",
    "全年完成新改建农村公路１６２．５公里,完成年度任务的１０８．３％;安全生命防护工程实施２１３公里;危桥改造完工１８座,另有２座因汛期影响顺延至明年一季度完工。",
    targets=[M("１５０公里", 150, "公里", "新改建农村公路"), M("２００公里", 200, "公里", "农村公路安全生命防护工程"),
             M("２０座", 20, "座", "改造农村危桥")],
    actuals=[M("１６２．５公里", 162.5, "公里", "完成新改建农村公路", period=P),
             M("１０８．３％", 108.3, "%", "完成年度任务的(比例)", period=P),
             M("２１３公里", 213, "公里", "安全生命防护工程实施", period=P),
             M("１８座", 18, "座", "危桥改造完工", period=P),
             M("２座", 2, "座", "顺延至明年完工的危桥", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Full-width digits, decimal point and percent sign (．, ％). The 2 deferred bridges (明年一季度) are not added (would-be sum 1.0).")

# 7 农村供水 (Chinese numerals, year-end): 十二万 with implicit unit, 百分之…点…
P = "全年"
row("实施农村供水保障工程,新建改造农村供水管网三百五十公里,巩固提升十二万农村人口供水保障水平,农村规模化供水覆盖率达到百分之八十五。",
    "全年新建改造供水管网三百六十二公里,新建村级标准化供水站二十八座,受益农村人口十二点六万人;农村规模化供水覆盖率达到百分之八十六点二,比上年提高四点五个百分点。",
    targets=[M("三百五十公里", 350, "公里", "新建改造农村供水管网"),
             M("十二万", 12, "万人", "巩固提升供水保障水平的农村人口", unit_inferred=True),
             M("百分之八十五", 85, "%", "农村规模化供水覆盖率")],
    actuals=[M("三百六十二公里", 362, "公里", "新建改造供水管网", period=P),
             M("二十八座", 28, "座", "新建村级标准化供水站", period=P),
             M("十二点六万人", 12.6, "万人", "受益农村人口", period=P),
             M("百分之八十六点二", 86.2, "%", "农村规模化供水覆盖率", period=P),
             M("四点五个百分点", 4.5, "个百分点", "覆盖率比上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Chinese numerals throughout. 十二万农村人口: the number stands before the noun without a classifier, unit 万人 inferred. The 28 supply stations have no target.")

# 8 充电桩 (mid-year): statuses that add up to the target, stock vs increment
P = "截至6月30日"
row("新建公共充电桩2000个,其中快充桩不少于800个;建成乡镇公共充电站30座,实现乡镇充电设施全覆盖。",
    "截至6月30日,全市新建公共充电桩1136个,完成年度任务的56.8%,其中直流快充桩452个;已建成乡镇公共充电站17座,另有9座正在施工、4座完成选址;全市公共充电桩保有量累计达到8420个。",
    targets=[M("2000个", 2000, "个", "新建公共充电桩"), M("800个", 800, "个", "快充桩", bound="min"),
             M("30座", 30, "座", "建成乡镇公共充电站")],
    actuals=[M("1136个", 1136, "个", "新建公共充电桩", period=P),
             M("56.8%", 56.8, "%", "完成年度任务的(比例)", period=P),
             M("452个", 452, "个", "直流快充桩", period=P),
             M("17座", 17, "座", "已建成乡镇公共充电站", period=P),
             M("9座", 9, "座", "正在施工的充电站", period=P),
             M("4座", 4, "座", "完成选址的充电站", period=P),
             M("8420个", 8420, "个", "公共充电桩保有量(累计)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="17+9+4 = 30 stations add up to the target, but only the 17 built answer 建成 (would-be sum 1.0). 8420个 is the stock, not this year's increment (would-be 4.21).")

# 9 就业 (year-end): approx rate cap answered by a monthly mean, 其中 part without target
P = "全年"
row("城镇新增就业4.5万人,城镇登记失业人员再就业1.2万人,城镇调查失业率控制在5.5%左右,零就业家庭动态清零。",
    "全年城镇新增就业4.72万人,完成年度目标的104.9%;帮助城镇登记失业人员实现再就业1.26万人,其中就业困难人员再就业3280人;城镇调查失业率月度平均为5.2%;零就业家庭保持动态清零。",
    targets=[M("4.5万人", 4.5, "万人", "城镇新增就业"), M("1.2万人", 1.2, "万人", "城镇登记失业人员再就业"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="approx")],
    actuals=[M("4.72万人", 4.72, "万人", "城镇新增就业", period=P),
             M("104.9%", 104.9, "%", "完成年度目标的(比例)", period=P),
             M("1.26万人", 1.26, "万人", "城镇登记失业人员再就业", period=P),
             M("3280人", 3280, "人", "就业困难人员再就业", period=P),
             M("5.2%", 5.2, "%", "城镇调查失业率(月度平均)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="控制在…左右 is annotated approx (左右). 零就业家庭 / 动态清零 carry no quantity.")

# 10 托育 (mid-year): 一老一小 slogan, per-thousand rate, gap to 序时进度, forecast for the rest of the year
P = "今年以来"
row("聚焦“一老一小”民生需求,新增普惠性托育托位1500个,全市千人口托位数提高到4.2个,建成社区嵌入式托育服务点20个。",
    "今年以来,新增普惠性托位682个,仅完成年度任务的45.5%,低于序时进度4.5个百分点,主要是2家托育综合服务中心装修进度滞后;全市千人口托位数为3.6个;已建成社区嵌入式托育服务点9个,预计下半年还可建成12个。",
    targets=[M("1500个", 1500, "个", "新增普惠性托育托位"), M("4.2个", 4.2, "个", "千人口托位数"),
             M("20个", 20, "个", "建成社区嵌入式托育服务点")],
    actuals=[M("682个", 682, "个", "新增普惠性托位", period=P),
             M("45.5%", 45.5, "%", "完成年度任务的(比例)", period=P),
             M("4.5个百分点", 4.5, "个百分点", "低于序时进度", period=P),
             M("2家", 2, "家", "装修滞后的托育综合服务中心", period=P),
             M("3.6个", 3.6, "个", "千人口托位数", period=P),
             M("9个", 9, "个", "已建成社区嵌入式托育服务点", period=P),
             M("12个", 12, "个", "预计下半年建成服务点", period="下半年")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="“一老一小” is a slogan and 千人口 the basis of a rate (no quantities). 12个 is a forecast for the rest of the year (would-be sum 1.05). 4.5个百分点 is a gap to the 序时进度.")

# 11 老旧小区 (各县(市、区)合计): total given with parts, area in 万平方米
row("全市改造老旧小区210个,涉及房屋1.8万套、建筑面积150万平方米。",
    "各县(市、区)合计完成老旧小区改造215个,其中主城区128个、县城87个;累计改造房屋1.86万套、建筑面积153.4万平方米,完成总投资9.7亿元。",
    targets=[M("210个", 210, "个", "改造老旧小区"), M("1.8万套", 1.8, "万套", "涉及房屋"),
             M("150万平方米", 150, "万平方米", "建筑面积")],
    actuals=[M("215个", 215, "个", "各县(市、区)合计完成老旧小区改造"),
             M("128个", 128, "个", "主城区完成老旧小区改造"),
             M("87个", 87, "个", "县城完成老旧小区改造"),
             M("1.86万套", 1.86, "万套", "累计改造房屋"),
             M("153.4万平方米", 153.4, "万平方米", "改造建筑面积"),
             M("9.7亿元", 9.7, "亿元", "完成总投资")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="各县(市、区)合计 gives the total first; the 其中 parts (128+87) restate it and are not added. 各 here is not a per-item distributor.")

# 12 口袋公园 (year-end): one target over two kinds answered by the sum; 15分钟生活圈 name
row("新建城市口袋公园和街头游园40个,新增城市绿道60公里。",
    "城区新建口袋公园26个、街头游园17个,新建绿道48.3公里;结合“15分钟生活圈”建设,打造社区生活圈示范点5个。",
    targets=[M("40个", 40, "个", "新建城市口袋公园和街头游园"), M("60公里", 60, "公里", "新增城市绿道")],
    actuals=[M("26个", 26, "个", "新建口袋公园"), M("17个", 17, "个", "新建街头游园"),
             M("48.3公里", 48.3, "公里", "新建绿道"), M("5个", 5, "个", "社区生活圈示范点")],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a3"])],
    note="One target over two kinds, reported kind by kind: sum 26+17 = 43. “15分钟生活圈” is a name (15 is not a quantity). The 5 示范点 have no target.")

# 13 公厕 (traditional, mid-year): 分別 into the 其中 parts, 合計 total, awaiting acceptance
P = "截至6月底"
row("新建改建城鄉公廁120座,其中城市公廁40座、農村公廁80座;新增生活垃圾分類示範小區50個。",
    "截至6月底,城市公廁和農村公廁分別建成22座、47座,合計69座,完成年度目標任務的57.5%;生活垃圾分類示範小區已創建31個,另有8個正在驗收。",
    targets=[M("120座", 120, "座", "新建改建城鄉公廁"), M("40座", 40, "座", "城市公廁"),
             M("80座", 80, "座", "農村公廁"), M("50個", 50, "個", "新增生活垃圾分類示範小區")],
    actuals=[M("22座", 22, "座", "城市公廁建成", period=P), M("47座", 47, "座", "農村公廁建成", period=P),
             M("69座", 69, "座", "合計建成公廁", period=P),
             M("57.5%", 57.5, "%", "完成年度目標任務的(比例)", period=P),
             M("31個", 31, "個", "已創建生活垃圾分類示範小區", period=P),
             M("8個", 8, "個", "正在驗收的示範小區", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a1"]), ("t3", ["a2"]), ("t4", ["a5"])],
    note="Traditional characters. 分別 maps 22/47 onto 城市/農村 in order; the 合計 answers the total. 8個 正在驗收 await acceptance (would-be sum 0.78).")

# 14 食品安全 (year-end): 不合格率 is another measure in %, 86家 markets
P = "全年"
row("实施食品安全放心工程,完成食品安全抽检1.5万批次,抽检合格率稳定在97%以上,农贸市场快检室覆盖率达到100%。",
    "全年完成食品安全监督抽检1.63万批次,其中食用农产品抽检6200批次;总体合格率98.1%,不合格率1.9%,不合格产品均已依法处置;全市86家农贸市场均设有快检室,覆盖率100%,日均快检样品约2400批次。",
    targets=[M("1.5万批次", 1.5, "万批次", "食品安全抽检"), M("97%", 97, "%", "抽检合格率", bound="min"),
             M("100%", 100, "%", "农贸市场快检室覆盖率")],
    actuals=[M("1.63万批次", 1.63, "万批次", "食品安全监督抽检", period=P),
             M("6200批次", 6200, "批次", "食用农产品抽检", period=P),
             M("98.1%", 98.1, "%", "总体合格率", period=P),
             M("1.9%", 1.9, "%", "不合格率", period=P),
             M("86家", 86, "家", "设有快检室的农贸市场", period=P),
             M("100%", 100, "%", "快检室覆盖率", period=P),
             M("2400批次", 2400, "批次", "日均快检样品", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="不合格率1.9% shares the unit with the 合格率 target but measures the complement: it does not answer. 日均 2400批次 is a daily rate of rapid tests, not 抽检.")

# 15 保障房 (mid-year): target restated in the progress (年度目标为…), 开工 vs 竣工交付
row("筹集建设保障性租赁住房5000套(间),发放城镇住房租赁补贴3000户,完成城中村改造安置房建设2000套。",
    "今年保障性租赁住房年度目标为5000套(间),截至5月底已筹集2680套(间),完成率53.6%;向2150户家庭发放租赁补贴1036万元;城中村改造安置房已开工2000套,其中竣工交付820套。",
    targets=[M("5000套", 5000, "套", "筹集建设保障性租赁住房"), M("3000户", 3000, "户", "发放城镇住房租赁补贴"),
             M("2000套", 2000, "套", "完成城中村改造安置房建设")],
    actuals=[M("5000套", 5000, "套", "保障性租赁住房年度目标(restated)"),
             M("2680套", 2680, "套", "已筹集保障性租赁住房", period="截至5月底"),
             M("53.6%", 53.6, "%", "完成率", period="截至5月底"),
             M("2150户", 2150, "户", "发放租赁补贴家庭"),
             M("1036万元", 1036, "万元", "发放租赁补贴金额"),
             M("2000套", 2000, "套", "已开工城中村改造安置房"),
             M("820套", 820, "套", "竣工交付安置房")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="年度目标为5000套 restates the target and does not answer (would-be 1.0). The target is 完成建设: the 820 delivered answer, not the 2000 started (would-be 1.0). 套(间): the unit is 套.")

# 16 妇幼/疫苗 (year-end): 两癌 name, age class in both columns, 名 vs 人, case counts
P = "全年"
row("为适龄妇女免费开展“两癌”筛查4万人,新生儿先天性心脏病筛查率达到95%以上,为60岁以上老年人免费接种流感疫苗10万人。",
    "全年为4.08万名适龄妇女免费开展“两癌”筛查,检出宫颈癌及癌前病变47例、乳腺癌19例,均已纳入随访管理;新生儿先天性心脏病筛查率98.7%;60岁以上老年人免费接种流感疫苗9.4万人,接种率约为38%。",
    targets=[M("4万人", 4, "万人", "适龄妇女“两癌”筛查"), M("95%", 95, "%", "新生儿先天性心脏病筛查率", bound="min"),
             M("10万人", 10, "万人", "60岁以上老年人免费接种流感疫苗")],
    other=[O("60岁", 60, "岁", "class threshold (60岁以上老年人)")],
    actuals=[M("4.08万名", 4.08, "万名", "适龄妇女“两癌”筛查", period=P),
             M("47例", 47, "例", "检出宫颈癌及癌前病变", period=P),
             M("19例", 19, "例", "检出乳腺癌", period=P),
             M("98.7%", 98.7, "%", "新生儿先天性心脏病筛查率", period=P),
             M("60岁", 60, "岁", "60岁以上老年人(class)"),
             M("9.4万人", 9.4, "万人", "60岁以上老年人免费接种流感疫苗", period=P),
             M("38%", 38, "%", "接种率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="“两癌” is a name. 4.08万名 (名) answers 4万人 (人): both count people. The detected cases (例) have no target; 38% 接种率 is a rate of another measure.")

# 17 托育机构/培训 (year-end): range target 3-5个, 家 vs 个, submitted candidates, 期 count
row("创建3-5个省级示范性托育机构,培训婴幼儿照护从业人员2000人次。",
    "年内4家托育机构通过省级示范性托育机构评估认定,另有3家已提交申报材料;组织开展照护技能培训班26期,培训从业人员2310人次。",
    targets=[M("3-5个", 3, "个", "创建省级示范性托育机构", bound="range", value_max=5),
             M("2000人次", 2000, "人次", "培训婴幼儿照护从业人员")],
    actuals=[M("4家", 4, "家", "通过省级示范性托育机构评估认定", period="年内"),
             M("3家", 3, "家", "已提交申报材料的托育机构", period="年内"),
             M("26期", 26, "期", "照护技能培训班", period="年内"),
             M("2310人次", 2310, "人次", "培训从业人员", period="年内")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Range target 3-5个: ratio against the lower end (4/3). 3家 only submitted are candidates (would-be sum 2.3333).")

# 18 县级医院 (mid-year): estimate for an elapsed period (上半年预计) answers; 三级 is a grade
row("实施县级医院能力提升工程,全年完成投资6亿元,新增三级医院2家,县域内就诊率达到90%。",
    "据初步统计,上半年项目预计完成投资3.1亿元,约占年度计划的51.7%;县人民医院已通过三级医院评审,县中医院评审材料已报省卫健委,等待现场评审;1-5月县域内就诊率为88.4%,较上年同期提高1.1个百分点。",
    targets=[M("6亿元", 6, "亿元", "完成投资"), M("2家", 2, "家", "新增三级医院"),
             M("90%", 90, "%", "县域内就诊率")],
    actuals=[M("3.1亿元", 3.1, "亿元", "项目预计完成投资", period="上半年"),
             M("51.7%", 51.7, "%", "占年度计划的(比例)", period="上半年"),
             M("88.4%", 88.4, "%", "县域内就诊率", period="1-5月"),
             M("1.1个百分点", 1.1, "个百分点", "县域内就诊率较上年同期提高", kind="growth", period="1-5月")],
    pairs=[("t1", ["a1"]), ("t3", ["a3"])],
    note="上半年…预计 estimates a period already over: it answers. One hospital passed the review but is named, not counted, and the other is only submitted: t2 has no numeric answer (would-be 0.5). 三级 is a grade label.")

# 19 农村改厕 (mid-year): survey households in the same unit, forecast rate
P = "截至7月底"
row("完成农村户厕问题整改1.2万户,新建农村公共厕所150座,行政村生活垃圾分类覆盖率达到70%。",
    "截至7月底,已完成农村户厕问题摸排3.46万户,整改到位6820户;新建农村公厕开工112座、建成76座;行政村生活垃圾分类覆盖率63.5%,预计到年底可提高至72%左右。",
    targets=[M("1.2万户", 1.2, "万户", "农村户厕问题整改"), M("150座", 150, "座", "新建农村公共厕所"),
             M("70%", 70, "%", "行政村生活垃圾分类覆盖率")],
    actuals=[M("3.46万户", 3.46, "万户", "农村户厕问题摸排", period=P),
             M("6820户", 6820, "户", "户厕问题整改到位", period=P),
             M("112座", 112, "座", "新建农村公厕开工", period=P),
             M("76座", 76, "座", "新建农村公厕建成", period=P),
             M("63.5%", 63.5, "%", "行政村生活垃圾分类覆盖率", period=P),
             M("72%", 72, "%", "行政村生活垃圾分类覆盖率(年底预计)", period="年底")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="摸排3.46万户 counts households surveyed, same unit as the target but another measure (would-be 2.8833). 开工112座 is weaker than 新建. 72%左右 is a year-end forecast (would-be 1.0286).")

# 20 AED / 急救 (year-end): stock vs increment, 不超过 cap on minutes, 其中 people certified
P = "全年"
row("在公共场所配置自动体外除颤器(AED)500台,开展群众性应急救护培训5万人次,城区急救平均反应时间不超过12分钟。",
    "全年在车站、学校、体育场馆等人员密集场所新配置AED 520台,全市累计达到1260台;开展应急救护普及培训6.3万人次,其中8400人取得救护员证书;城区急救平均反应时间缩短至11.2分钟,较上年缩短1.6分钟。",
    targets=[M("500台", 500, "台", "公共场所配置自动体外除颤器(AED)"),
             M("5万人次", 5, "万人次", "群众性应急救护培训"),
             M("12分钟", 12, "分钟", "城区急救平均反应时间", bound="max")],
    actuals=[M("520台", 520, "台", "新配置AED", period=P),
             M("1260台", 1260, "台", "全市累计AED", period=P),
             M("6.3万人次", 6.3, "万人次", "应急救护普及培训", period=P),
             M("8400人", 8400, "人", "取得救护员证书", period=P),
             M("11.2分钟", 11.2, "分钟", "城区急救平均反应时间", period=P),
             M("1.6分钟", 1.6, "分钟", "平均反应时间较上年缩短", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Lower-is-better cap (不超过12分钟): ratio actual/target 0.9333, below 1 is good. 1260台 is the stock (would-be 2.52). AED is a name; 1.6分钟 is a change (kind level: not a percent).")

# 21 光伏 (traditional, year-end): 兆瓦 with parts adding to the total, per-village average income
P = "全年"
row("推進整縣屋頂分佈式光伏開發,新增裝機容量50兆瓦,建成村級光伏電站30座。",
    "全年新增分佈式光伏併網容量56.8兆瓦,其中工商業屋頂38.2兆瓦、戶用光伏18.6兆瓦;村級光伏電站30座已全部建成併網,年發電量約2800萬千瓦時,帶動每個村集體年均增收5萬元。",
    targets=[M("50兆瓦", 50, "兆瓦", "新增裝機容量"), M("30座", 30, "座", "建成村級光伏電站")],
    actuals=[M("56.8兆瓦", 56.8, "兆瓦", "新增分佈式光伏併網容量", period=P),
             M("38.2兆瓦", 38.2, "兆瓦", "工商業屋頂光伏", period=P),
             M("18.6兆瓦", 18.6, "兆瓦", "戶用光伏", period=P),
             M("30座", 30, "座", "已建成併網村級光伏電站", period=P),
             M("2800萬千瓦時", 2800, "萬千瓦時", "年發電量", period=P),
             M("5萬元", 5, "萬元", "每個村集體年均增收", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Traditional characters. The two parts (38.2+18.6) restate the 56.8兆瓦 total. 30座已全部建成: the status follows the number. 5萬元 is a per-village average, not a total.")

# 22 菜市场 (各 over two places), 一刻钟 name, 第3批 ordinal with candidates
row("城区和县城新建改造标准化菜市场各8个,建设一刻钟便民生活圈示范社区20个。",
    "城区新建改造标准化菜市场9个、县城7个,新增摊位1120个;已建成一刻钟便民生活圈示范社区18个,列入省级第3批试点的另外2个社区正在创建;全年新增便民服务网点362个,带动就业1500余人。",
    targets=[M("各8个", 8, "个", "城区新建改造标准化菜市场"), M("各8个", 8, "个", "县城新建改造标准化菜市场"),
             M("20个", 20, "个", "一刻钟便民生活圈示范社区")],
    actuals=[M("9个", 9, "个", "城区新建改造标准化菜市场"), M("7个", 7, "个", "县城新建改造标准化菜市场"),
             M("1120个", 1120, "个", "新增摊位"), M("18个", 18, "个", "已建成一刻钟便民生活圈示范社区"),
             M("2个", 2, "个", "正在创建的示范社区", nth=0),
             M("362个", 362, "个", "新增便民服务网点", period="全年"),
             M("1500余人", 1500, "人", "带动就业", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="各8个 over 城区/县城 is two targets; 县城7个 elides the head noun. 一刻钟 is part of a programme name; 第3批 is a batch number; the 2 communities still 正在创建 do not answer (would-be sum 1.0). '2个' also occurs inside '362个' (nth 0).")

# 23 燃气报警器 (mid-year, Chinese numerals 一千二百户): remainder forecast adds up to the target
row("为一千二百户低保、特困家庭免费安装燃气泄漏报警装置,更新改造老化燃气管道80公里。",
    "截至6月底,已完成一千零五十户家庭报警装置的入户安装,剩余一百五十户预计7月中旬前全部装完;老化燃气管道更新改造完成36.4公里,占年度任务的45.5%,基本达到序时进度。",
    targets=[M("一千二百户", 1200, "户", "免费安装燃气泄漏报警装置的低保、特困家庭"),
             M("80公里", 80, "公里", "更新改造老化燃气管道")],
    actuals=[M("一千零五十户", 1050, "户", "已完成报警装置入户安装家庭", period="截至6月底"),
             M("一百五十户", 150, "户", "剩余待安装家庭(预计7月中旬前装完)", period="截至6月底"),
             M("36.4公里", 36.4, "公里", "老化燃气管道更新改造完成", period="截至6月底"),
             M("45.5%", 45.5, "%", "占年度任务的(比例)", period="截至6月底")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals (一千二百户, 一千零五十户). The remaining 150户 is a forecast (would-be sum 1.0). 7月中旬 is a date.")

# 24 稳岗扩岗 (year-end): per-person subsidy vs total money vs people
P = "全年"
row("落实稳岗扩岗政策,支持企业吸纳高校毕业生就业6000人以上,开发公益性岗位1200个。",
    "全年为1265家企业发放一次性扩岗补助1146万元,按每人1500元的标准,共惠及吸纳的高校毕业生7640人;开发公益性岗位1286个,托底安置就业困难人员1286人。",
    targets=[M("6000人", 6000, "人", "企业吸纳高校毕业生就业", bound="min"),
             M("1200个", 1200, "个", "开发公益性岗位")],
    actuals=[M("1265家", 1265, "家", "发放扩岗补助的企业", period=P),
             M("1146万元", 1146, "万元", "一次性扩岗补助", period=P),
             M("每人1500元", 1500, "元/人", "扩岗补助标准(每人)"),
             M("7640人", 7640, "人", "企业吸纳的高校毕业生", period=P),
             M("1286个", 1286, "个", "开发公益性岗位", period=P),
             M("1286人", 1286, "人", "安置就业困难人员", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5"])],
    note="每人1500元 is a per-person standard (unit 元/人); the total 1146万元 and the 1265 firms do not answer the head count. 一次性 (one-off) is not a count. Jobs (个) answer jobs; the people placed (人) are another measure with the same number.")

# 25 智慧停车 (targets only): nothing reported but a plan
row("建设城市智慧停车平台,新增公共停车泊位5000个,其中新能源汽车专用泊位不少于1000个。",
    "智慧停车平台项目已完成可行性研究和初步设计批复,正在开展施工图审查,计划明年3月开工建设。",
    targets=[M("5000个", 5000, "个", "新增公共停车泊位"),
             M("1000个", 1000, "个", "新能源汽车专用泊位", bound="min")],
    pairs=[],
    note="Targets only: the progress reports preparatory steps and a start date (明年3月), no quantity.")

# 26 全民健身 (mid-year, targets only)
row("新建全民健身中心1个,改造提升村级健身广场100个,为社区更新老旧健身器材2000件。",
    "全民健身中心项目正在推进土地征收,征地补偿协议已签订;村级健身广场改造已完成选点和方案设计,计划于8月集中开工;健身器材采购已于5月20日完成公开招标。",
    targets=[M("1个", 1, "个", "新建全民健身中心"), M("100个", 100, "个", "改造提升村级健身广场"),
             M("2000件", 2000, "件", "更新老旧健身器材")],
    pairs=[],
    note="Targets only: 正在推进 / 已完成选点 / 完成公开招标 with dates (8月, 5月20日), no quantity. '1个' occurs once (100个 does not contain it).")

# 27 第二水厂 (year-end): phase labels 一期/二期, daily capacity half reached, lower-is-better rate
row("建成城区第二水厂,新增日供水能力10万吨,城市公共供水管网漏损率降至9%以下。",
    "城区第二水厂一期工程于11月28日建成通水,新增日供水能力5万吨,二期工程列入明年建设计划;通过分区计量和老旧管网更换,全年公共供水管网漏损率降至8.6%,比上年下降1.3个百分点。",
    targets=[M("10万吨", 10, "万吨", "新增日供水能力"),
             M("9%", 9, "%", "城市公共供水管网漏损率", bound="max")],
    actuals=[M("5万吨", 5, "万吨", "一期新增日供水能力"),
             M("8.6%", 8.6, "%", "公共供水管网漏损率", period="全年"),
             M("1.3个百分点", 1.3, "个百分点", "漏损率比上年下降", kind="reduction", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="第二水厂 is a name, 一期/二期 are phase labels. Only phase one is in service: 5/10 = 0.5. 降至9%以下 is a max level: 8.6/9 = 0.9556 (below 1 is good).")

# 28 老年助餐 (traditional, year-end): total with parts, per-meal subsidy, age class
P = "全年"
row("新建和提升改造城鄉老年助餐服務點120個,全年提供助餐服務60萬人次以上。",
    "全年新建和提升改造老年助餐服務點共136個,其中新建58個、提升改造78個;全年提供助餐服務72.4萬人次,發放助餐補貼860萬元,80週歲以上老人助餐補貼標準為每餐3元。",
    targets=[M("120個", 120, "個", "新建和提升改造城鄉老年助餐服務點"),
             M("60萬人次", 60, "萬人次", "提供助餐服務", bound="min")],
    actuals=[M("136個", 136, "個", "新建和提升改造老年助餐服務點", period=P),
             M("58個", 58, "個", "新建老年助餐服務點", period=P),
             M("78個", 78, "個", "提升改造老年助餐服務點", period=P),
             M("72.4萬人次", 72.4, "萬人次", "提供助餐服務", period=P),
             M("860萬元", 860, "萬元", "發放助餐補貼", period=P),
             M("80週歲", 80, "週歲", "80週歲以上老人(class)"),
             M("每餐3元", 3, "元/餐", "助餐補貼標準(每餐)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Traditional characters. The total 136個 answers; its parts (58+78) are not added again. 每餐3元 is a per-meal standard and 860萬元 total money: neither answers. 80週歲 is an age class.")

# 29 明亮行动 (year-end): reduction in 个百分点 with 以上, Chinese-numeral school count, before/after rate
row("实施中小学教室照明改造“明亮行动”,改造教室照明1200间,中小学生总体近视率较上年降低1个百分点以上。",
    "全年完成四十二所中小学校1260间教室的照明改造,教室照明达标率由61%提高到100%;经抽样监测,全县中小学生总体近视率为52.3%,较上年下降0.8个百分点。",
    targets=[M("1200间", 1200, "间", "改造教室照明"),
             M("1个百分点", 1, "个百分点", "中小学生总体近视率", kind="reduction", bound="min")],
    actuals=[M("四十二所", 42, "所", "完成照明改造的中小学校", period="全年"),
             M("1260间", 1260, "间", "教室照明改造", period="全年"),
             M("61%", 61, "%", "教室照明达标率(改造前)", period="全年"),
             M("100%", 100, "%", "教室照明达标率", period="全年"),
             M("52.3%", 52.3, "%", "中小学生总体近视率", period="全年"),
             M("0.8个百分点", 0.8, "个百分点", "总体近视率较上年下降", kind="reduction", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a6"])],
    note="Reduction in percentage points answered by a reduction (0.8/1). The level 52.3% does not answer a change target. “明亮行动” is a name.")

# 30 政务服务 (year-end): slogans “高效办成一件事” / “一网通办”, one full-width figure
P = "全年"
row("推进“高效办成一件事”,政务服务便民热线群众诉求按时办结率达到95%以上,满意率不低于90%,新增“一网通办”事项200项。",
    "全年政务服务便民热线共受理群众来电和网络诉求48.6万件,按时办结率98.2%,群众满意率93.6%;新增“一网通办”事项２１６项,全程网办率提升至85%。",
    targets=[M("95%", 95, "%", "群众诉求按时办结率", bound="min"), M("90%", 90, "%", "满意率", bound="min"),
             M("200项", 200, "项", "新增“一网通办”事项")],
    actuals=[M("48.6万件", 48.6, "万件", "受理群众来电和网络诉求", period=P),
             M("98.2%", 98.2, "%", "按时办结率", period=P),
             M("93.6%", 93.6, "%", "群众满意率", period=P),
             M("２１６项", 216, "项", "新增“一网通办”事项", period=P),
             M("85%", 85, "%", "全程网办率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="“高效办成一件事” and “一网通办” are programme names (一件 is not a count). One full-width figure (２１６项).")

# ---------------------------------------------------------------------------------------------
# Part 2 (items 31-40): mid-term evaluation of the “十四五” plan
# ---------------------------------------------------------------------------------------------

# 31 经济总量: 年均 growth against 年均 growth, current level against the 2025 level, gap
row("“十四五”时期,全市地区生产总值年均增长6.5%左右,到2025年突破1200亿元,人均地区生产总值达到10万元以上。",
    "中期评估显示,2021—2023年全市地区生产总值年均增长6.1%,2023年达到1036.8亿元,完成规划目标的86.4%;2023年人均地区生产总值9.42万元,与规划目标相差约0.6万元,总体达到预期进度。",
    targets=[M("6.5%", 6.5, "%", "地区生产总值(年均)", kind="growth", bound="approx"),
             M("1200亿元", 1200, "亿元", "地区生产总值(到2025年)", bound="min"),
             M("10万元", 10, "万元", "人均地区生产总值(到2025年)", bound="min")],
    actuals=[M("6.1%", 6.1, "%", "地区生产总值年均增长", kind="growth", period="2021—2023年"),
             M("1036.8亿元", 1036.8, "亿元", "地区生产总值", period="2023年"),
             M("86.4%", 86.4, "%", "完成规划目标的(比例)", period="2023年"),
             M("9.42万元", 9.42, "万元", "人均地区生产总值", period="2023年"),
             M("0.6万元", 0.6, "万元", "人均地区生产总值与规划目标相差", period="2023年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Plan mid-term evaluation: the 2023 level answers the 2025 level target (progress so far), the 2021—2023 年均 growth answers the 年均 target. 0.6万元 is a gap. 达到预期进度 has no number.")

# 32 城镇化与就业 (traditional): cumulative vs single-year, restated cap, 三年 duration
row("到2025年,常住人口城鎮化率達到68%,“十四五”期間累計新增城鎮就業30萬人,城鎮調查失業率控制在5.5%以內。",
    "2023年末全市常住人口城鎮化率為66.2%,較2020年末提高2.9個百分點;2021年至2023年累計新增城鎮就業19.6萬人,完成規劃目標的65.3%,其中2023年新增6.4萬人;三年來城鎮調查失業率均控制在5.5%以內,2023年平均為5.1%。",
    targets=[M("68%", 68, "%", "常住人口城鎮化率(到2025年)"),
             M("30萬人", 30, "萬人", "“十四五”期間累計新增城鎮就業"),
             M("5.5%", 5.5, "%", "城鎮調查失業率", bound="max")],
    actuals=[M("66.2%", 66.2, "%", "常住人口城鎮化率", period="2023年末"),
             M("2.9個百分點", 2.9, "個百分點", "城鎮化率較2020年末提高", kind="growth", period="2023年末"),
             M("19.6萬人", 19.6, "萬人", "累計新增城鎮就業", period="2021年至2023年"),
             M("65.3%", 65.3, "%", "完成規劃目標的(比例)", period="2021年至2023年"),
             M("6.4萬人", 6.4, "萬人", "新增城鎮就業", period="2023年"),
             M("三年", 3, "年", "城鎮調查失業率控制期限(三年來)"),
             M("5.5%", 5.5, "%", "城鎮調查失業率控制目標(restated)"),
             M("5.1%", 5.1, "%", "城鎮調查失業率(平均)", period="2023年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a8"])],
    note="Traditional characters. The plan-period total is answered by the 累計 figure, not 2023's 6.4萬人 (would-be 0.2133). 控制在5.5%以內 restated in the progress does not answer; 平均為5.1% does. 三年 is a duration (actual).")

# 33 教育规划: Chinese numeral count, 分别完成规划目标的, years of schooling
row("“十四五”期间新建改扩建中小学、幼儿园50所,新增学位4.5万个,学前教育毛入园率保持在95%以上,劳动年龄人口平均受教育年限提高到11.5年。",
    "规划实施以来,全市已新建改扩建中小学、幼儿园三十五所,新增学位3.38万个,分别完成规划目标的70%和75.1%,快于时间进度;2023年学前教育毛入园率96.4%,劳动年龄人口平均受教育年限达到11.2年。",
    targets=[M("50所", 50, "所", "新建改扩建中小学、幼儿园(“十四五”期间)"),
             M("4.5万个", 4.5, "万个", "新增学位(“十四五”期间)"),
             M("95%", 95, "%", "学前教育毛入园率", bound="min"),
             M("11.5年", 11.5, "年", "劳动年龄人口平均受教育年限")],
    actuals=[M("三十五所", 35, "所", "已新建改扩建中小学、幼儿园(累计)", period="规划实施以来"),
             M("3.38万个", 3.38, "万个", "新增学位(累计)", period="规划实施以来"),
             M("70%", 70, "%", "学校完成规划目标的(比例)", period="规划实施以来"),
             M("75.1%", 75.1, "%", "学位完成规划目标的(比例)", period="规划实施以来"),
             M("96.4%", 96.4, "%", "学前教育毛入园率", period="2023年"),
             M("11.2年", 11.2, "年", "劳动年龄人口平均受教育年限", period="2023年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="三十五所 in Chinese numerals. 分别完成规划目标的70%和75.1% are completion shares (not amounts). 11.5年 is a level (years of schooling), not a duration of the plan.")

# 34 卫生健康规划: per-thousand rates, ‰, 3.2人 target vs 3.2‰ actual, 提前完成
P = "2023年"
row("到2025年,人均预期寿命达到79.5岁,每千人口医疗卫生机构床位数达到6.8张,每千人口执业(助理)医师数达到3.2人,婴儿死亡率控制在4‰以下。",
    "2023年全市人均预期寿命79.1岁,比2020年提高0.7岁;每千人口医疗卫生机构床位数6.92张,已提前完成规划目标;每千人口执业(助理)医师数2.96人;婴儿死亡率为3.2‰,连续三年低于4‰。",
    targets=[M("79.5岁", 79.5, "岁", "人均预期寿命"), M("6.8张", 6.8, "张", "每千人口医疗卫生机构床位数"),
             M("3.2人", 3.2, "人", "每千人口执业(助理)医师数"), M("4‰", 4, "‰", "婴儿死亡率", bound="max")],
    actuals=[M("79.1岁", 79.1, "岁", "人均预期寿命", period=P),
             M("0.7岁", 0.7, "岁", "人均预期寿命比2020年提高", period=P),
             M("6.92张", 6.92, "张", "每千人口医疗卫生机构床位数", period=P),
             M("2.96人", 2.96, "人", "每千人口执业(助理)医师数", period=P),
             M("3.2‰", 3.2, "‰", "婴儿死亡率", period=P),
             M("三年", 3, "年", "连续低于4‰的年数"),
             M("4‰", 4, "‰", "婴儿死亡率控制目标(restated)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="每千人口 is the basis of a rate (千 is not a quantity). The 3.2 of the physician target reappears as the infant mortality 3.2‰: another measure. 低于4‰ restates the cap. 提前完成 has no number.")

# 35 生态规划: cumulative reductions (据测算, an estimate for an elapsed period), 年均浓度 level, PM2.5 name
row("“十四五”期间,单位地区生产总值能源消耗降低14%,单位地区生产总值二氧化碳排放降低18%,到2025年森林覆盖率达到46%,细颗粒物(PM2.5)年均浓度控制在28微克/立方米以内。",
    "据测算,2021—2023年全市单位地区生产总值能耗累计下降8.9%,完成规划目标的63.6%,进度略低于预期;单位地区生产总值二氧化碳排放累计降低11.2%;2023年森林覆盖率45.6%,PM2.5年均浓度26.4微克/立方米,已优于规划目标。",
    targets=[M("14%", 14, "%", "单位地区生产总值能源消耗", kind="reduction"),
             M("18%", 18, "%", "单位地区生产总值二氧化碳排放", kind="reduction"),
             M("46%", 46, "%", "森林覆盖率(到2025年)"),
             M("28微克/立方米", 28, "微克/立方米", "细颗粒物(PM2.5)年均浓度", bound="max")],
    actuals=[M("8.9%", 8.9, "%", "单位地区生产总值能耗累计下降", kind="reduction", period="2021—2023年"),
             M("63.6%", 63.6, "%", "完成规划目标的(比例)", period="2021—2023年"),
             M("11.2%", 11.2, "%", "单位地区生产总值二氧化碳排放累计降低", kind="reduction", period="2021—2023年"),
             M("45.6%", 45.6, "%", "森林覆盖率", period="2023年"),
             M("26.4微克/立方米", 26.4, "微克/立方米", "PM2.5年均浓度", period="2023年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="Plan-period reductions answered by the cumulative reductions so far (据测算: an estimate for years already over). 年均浓度 is an annual mean level, not a 年均 growth. PM2.5 is a name.")

# 36 交通规划 (traditional, evaluated at end-2024): open vs under construction adding past the target
P = "截至2024年底"
row("“十四五”期間新建高速公路120公里,新改建普通國省道200公里,到2025年全市公路總里程達到1.6萬公里。",
    "截至2024年底,全市新建高速公路建成通車86公里,另有在建里程58公里;新改建普通國省道完成163公里,完成規劃目標的81.5%;全市公路總里程達到1.57萬公里,其中農村公路1.32萬公里。",
    targets=[M("120公里", 120, "公里", "新建高速公路(“十四五”期間)"),
             M("200公里", 200, "公里", "新改建普通國省道(“十四五”期間)"),
             M("1.6萬公里", 1.6, "萬公里", "全市公路總里程(到2025年)")],
    actuals=[M("86公里", 86, "公里", "新建高速公路建成通車", period=P),
             M("58公里", 58, "公里", "在建高速公路里程", period=P),
             M("163公里", 163, "公里", "新改建普通國省道完成", period=P),
             M("81.5%", 81.5, "%", "完成規劃目標的(比例)", period=P),
             M("1.57萬公里", 1.57, "萬公里", "全市公路總里程", period=P),
             M("1.32萬公里", 1.32, "萬公里", "農村公路里程", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. Open + under construction (86+58 = 144) would exceed the target but only the 86 open answer 新建 (would-be sum 1.2). 農村公路 is a part of the total.")

# 37 居民收入规划: range growth targets with 分别, 年均 vs single-year growth, gap to the target
row("“十四五”期间,城镇和农村居民人均可支配收入年均分别增长6%-7%和7%-8%,到2025年农村居民人均可支配收入达到2.8万元。",
    "2021—2023年,城镇居民人均可支配收入年均增长5.6%,农村居民年均增长7.4%;2023年城镇和农村居民人均可支配收入分别为48650元和25870元,分别比上年增长4.9%和6.8%,农村居民收入距规划目标尚差2130元。",
    targets=[M("6%-7%", 6, "%", "城镇居民人均可支配收入(年均)", kind="growth", bound="range", value_max=7),
             M("7%-8%", 7, "%", "农村居民人均可支配收入(年均)", kind="growth", bound="range", value_max=8),
             M("2.8万元", 2.8, "万元", "农村居民人均可支配收入(到2025年)")],
    actuals=[M("5.6%", 5.6, "%", "城镇居民人均可支配收入年均增长", kind="growth", period="2021—2023年"),
             M("7.4%", 7.4, "%", "农村居民人均可支配收入年均增长", kind="growth", period="2021—2023年"),
             M("48650元", 48650, "元", "城镇居民人均可支配收入", period="2023年"),
             M("25870元", 25870, "元", "农村居民人均可支配收入", period="2023年"),
             M("4.9%", 4.9, "%", "城镇居民人均可支配收入比上年增长", kind="growth", period="2023年"),
             M("6.8%", 6.8, "%", "农村居民人均可支配收入比上年增长", kind="growth", period="2023年"),
             M("2130元", 2130, "元", "农村居民收入距规划目标差额", period="2023年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Range targets: ratio against the lower end. 分别 in the task maps the ranges onto 城镇/农村. The 年均 targets are answered by the 年均 growth, not by 2023's single-year growth (would-be 0.8167 and 0.9714). 2130元 is a gap.")

# 38 社会保障规划: per-thousand bed rate vs cumulative beds (both 张), 达到预期进度
row("到2025年,基本养老保险参保率达到95%,基本医疗保险参保率稳定在97%以上,每千名老年人拥有养老床位数达到40张,“十四五”期间新增养老床位3000张。",
    "2023年全市基本养老保险参保率为93.8%,基本医疗保险参保率为97.6%,每千名老年人拥有养老床位36.5张;规划实施以来累计新增养老床位2160张,完成规划目标的72%,达到预期进度。",
    targets=[M("95%", 95, "%", "基本养老保险参保率"), M("97%", 97, "%", "基本医疗保险参保率", bound="min"),
             M("40张", 40, "张", "每千名老年人拥有养老床位数"),
             M("3000张", 3000, "张", "新增养老床位(“十四五”期间)")],
    actuals=[M("93.8%", 93.8, "%", "基本养老保险参保率", period="2023年"),
             M("97.6%", 97.6, "%", "基本医疗保险参保率", period="2023年"),
             M("36.5张", 36.5, "张", "每千名老年人拥有养老床位", period="2023年"),
             M("2160张", 2160, "张", "累计新增养老床位", period="规划实施以来"),
             M("72%", 72, "%", "完成规划目标的(比例)", period="规划实施以来")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4"])],
    note="每千名老年人 is the basis of a rate (千 is not a quantity). The per-thousand bed rate (36.5张) and the cumulative bed count (2160张) are different measures in the same unit: each answers only its own target. 达到预期进度 has no number.")

# 39 农业规划 (evaluated in 2024): 累计 vs this year's increment, 连续4年 duration, restated floor
row("“十四五”期间累计建成高标准农田25万亩,粮食总产量稳定在60万吨以上,农业科技进步贡献率达到65%。",
    "2021年以来累计建成高标准农田18.6万亩,其中2024年新建4.2万亩;2024年粮食总产量62.3万吨,连续4年稳定在60万吨以上;农业科技进步贡献率达到63.5%,基本达到预期进度。",
    targets=[M("25万亩", 25, "万亩", "累计建成高标准农田(“十四五”期间)"),
             M("60万吨", 60, "万吨", "粮食总产量", bound="min"),
             M("65%", 65, "%", "农业科技进步贡献率")],
    actuals=[M("18.6万亩", 18.6, "万亩", "累计建成高标准农田", period="2021年以来"),
             M("4.2万亩", 4.2, "万亩", "新建高标准农田", period="2024年"),
             M("62.3万吨", 62.3, "万吨", "粮食总产量", period="2024年"),
             M("4年", 4, "年", "粮食总产量连续稳定年数", nth=2),
             M("60万吨", 60, "万吨", "粮食总产量稳定线(restated)"),
             M("63.5%", 63.5, "%", "农业科技进步贡献率", period="2024年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="The plan-period total is answered by 2021年以来累计 (not 2024's 4.2万亩, would-be 0.168). 稳定在60万吨以上 restated in the progress does not answer. '4年' occurs twice inside '2024年' before 连续4年 (nth 2).")

# 40 科技创新规划: 提前两年完成, net increase vs level, 每万人口 basis
P = "2023年"
row("到2025年,全社会研发经费投入强度达到2.8%,高新技术企业数量达到800家,每万人口高价值发明专利拥有量达到12件。",
    "2023年全社会研发经费投入强度为2.86%,提前两年完成规划目标;高新技术企业数量达到826家,较2020年末净增371家;每万人口高价值发明专利拥有量8.7件,低于预期进度。",
    targets=[M("2.8%", 2.8, "%", "全社会研发经费投入强度"), M("800家", 800, "家", "高新技术企业数量"),
             M("12件", 12, "件", "每万人口高价值发明专利拥有量")],
    actuals=[M("2.86%", 2.86, "%", "全社会研发经费投入强度", period=P),
             M("两年", 2, "年", "提前完成规划目标的年数"),
             M("826家", 826, "家", "高新技术企业数量", period=P),
             M("371家", 371, "家", "高新技术企业较2020年末净增", period=P),
             M("8.7件", 8.7, "件", "每万人口高价值发明专利拥有量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="The level 826家 answers the level target; the net increase 371家 does not (would-be 0.4638). 两年 is a duration (提前两年). 每万人口 is the basis of a rate.")


probe.write(Path(__file__).with_name("probe-shishi.gold.jsonl"))
