"""Writes probe-urban.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's 2025
民生实事 (livelihood projects) quarterly progress table for urban construction and management, as of
the end of the third quarter (截至9月底 / 1-9月 / 前三季度 / 今年以来): the task is the year's promise
(老旧小区改造 个/户 and 万平方米 by district, 既有住宅加装电梯 开工 vs 建成投用, 公共停车泊位 with four
district parts, 新能源汽车充电桩 with 快充 part and a 服务半径 cap, 城市公厕 新建 + 改造, 口袋公园 and
绿道, 背街小巷, 雨污分流, 生活垃圾分类 覆盖率 / 回收利用率 / 资源化利用率, 城中村改造 签约 and 安置房,
保障性租赁住房 筹集 / 新建 / 盘活 / 分配入住, 燃气管道更新 with three pipe parts and 软管 / 报警装置,
供水管网 and 二次供水 and 漏损率 cap, 路灯, 易涝积水点 with a changed target, 农贸市场 改造 + 新建,
便民菜店 with a price reduction, 15分钟便民生活圈 new vs 累计, 体育公园 and 健身路径, 学位 and 公办幼儿园
学位, 托育托位 and 每千人口托位数, 社区食堂 各40个, 完整社区, 海绵城市, 架空线入地, 断头路 and 城市道路,
餐厨项目 and 无害化处理率, 物业服务覆盖率 and 业委会比例, 适老化改造 and 无障碍, 人行道, 建筑垃圾
资源化, 电动自行车充电场所, 错时共享泊位 and 智慧停车, 城市更新 投资 with growth, 社区嵌入式服务设施,
垃圾中转站 and 回收站, 危旧房改造 and 租赁补贴, 绿色社区, 违法建设 拆除 and 治理率). The departments
in charge are the row's owners. Five rows are in traditional characters (8, 13, 22, 32, 38), three
use full-width digits (14, 26, 40), three use Chinese numerals (18, 36, 37).

Gold decisions (the notes of each row give the ratios and would-be ratios):
- Stage. A target to 完成/建成/建设 something is answered by the completed count (完工, 建成投用,
  竣工, or 验收 when no completion count is given), never by 开工, 主体完工, 井道主体, 设备安装, 调试,
  招标, 立项 (rows 1, 2, 3, 16, 20, 21, 24, 28, 32, 36, 37). A target to 开工/新开工 is answered by
  开工 (3, 11). A target to 实施 a list of projects is answered by the number started (35: 实施城市更新
  项目120个 -> 开工108个); a target to 推进 a list is answered by the list being under way (11: all 8
  立项 and approved). 筹集 of new-build 保障性租赁住房 is counted at 开工 (12).
- Candidates and pending: 完工待验收 (17), 推荐上报/待评定 (8, 39), 已申报 (19), 正在办理备案 (22),
  报装接电 (5), 联调测试 (34), 已确定施工单位 (30) never answer; forecasts (预计年底前, 预计全年, 届时)
  never answer (3, 21, 35, 39); 初步评估/初步统计 for an elapsed period answer (25, 35).
- Restated and changed targets: 对照年度改造85公里的目标 (9) and 预计…300台以上 (3) are actuals that do
  not answer; the 积水点 task 调整为37处 (16) is kept against the original 35处. Restated scopes
  (126个…已全部开工, 25所…已全部开工, 8个…, 20个…, 15条…, 6个…, 120个…, 十五个…) are actuals.
- Shares 完成年度任务的X% are actuals of their own and never pair with the count target.
- Sums: 新建 + 改造 公厕 for 新建改造80座 (6); three district amounts for the city area (2);
  renovated-and-accepted + newly opened markets for 新建和提升改造30家 (17); 北嶺區、南浦區…各1處 as two
  actuals on one span summed for 2處 (32). Where the city total is stated (4, 18, 13, 12) it answers
  and the district / type parts are not added again.
- 以上 in 分别达到40%、85%以上 binds to 85% only (10). 各40个 over 新建 / 改造提升 is two targets (23).
- Broader or different measures do not answer: 施划和改造 非机动车道 for 新增 (27), 户次 of subsidy
  payments for 户 (38), 人行道板 万平方米 and 路缘石 万米 for 人行道改造 公里 (31). In row 38 the
  stated share (93.3% = 1120/1200) shows that 拆除 is the count of 改造 done, not 签约.
- Per-facility standards are targets (36: 单个设施建筑面积不少于一千平方米, answered by 均在一千平方米以上);
  project specifications (日处理能力300吨, 年處置能力100萬噸) and an age threshold (3歲以下) are other.
- Rows where nothing answers: 31 (different measures) and 39 (candidates and a forecast); in row 3
  the 建成投用 target and in row 28 the 餐厨项目 target are unpaired as well.
Deliberately unannotated (listed by the writer): dates and periods (9月底, 1-9月, １－９月, 11月底,
12月底, 10月底, 6月, 9月起, 10月, 11月), the name 15分钟便民生活圈 (15 in row 19), the label 二次供水
(二次, row 14 both columns), the basis 每千人口 (千, row 22 both columns), and “十四五” (a period name,
not matched as a count).
Run: cd tests/cases && python make_probe_urban.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe30")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Urban construction and management: a city's 2025 民生实事 table, end of Q3 (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 老旧小区改造: restated scope all started, 完工 answers, a share, a remainder forecast
P = "截至9月底"
row("市住房城乡建设局、各区人民政府",
    "完成城镇老旧小区改造126个、涉及居民1.85万户，同步实施小区内供水、供气、供电等管线改造。",
    "截至9月底，全市126个老旧小区已全部开工，其中完工98个、惠及居民1.42万户，完成年度任务的77.8%；累计完成投资4.36亿元。其余28个小区正在进行外立面整治和道路铺装，预计11月底前全部完工。",
    targets=[M("126个", 126, "个", "城镇老旧小区改造"),
             M("1.85万户", 1.85, "万户", "改造涉及居民")],
    actuals=[M("126个", 126, "个", "已全部开工老旧小区(scope, restated)", period=P),
             M("98个", 98, "个", "完工老旧小区", period=P),
             M("1.42万户", 1.42, "万户", "惠及居民", period=P),
             M("77.8%", 77.8, "%", "完成年度任务的(比例)", period=P),
             M("4.36亿元", 4.36, "亿元", "累计完成投资", period=P),
             M("28个", 28, "个", "正在施工老旧小区(forecast)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="完成改造 is answered by 完工: 98/126 = 0.7778 (the 126 all started restate the scope; the stated 77.8% is the share). 1.42/1.85 = 0.7676 (households of the completed estates). The 28 still under way are expected by 11月底 (would-be sum 1.0). The investment has no target.")

# 2 老旧小区面积: three district amounts answer the city total by their sum, 主体完工 not counted
P = "前三季度"
row("市住房城乡建设局、市城市更新中心、清江区、望湖区、北岭区人民政府",
    "改造提升老旧小区建筑面积320万平方米，其中清江区、望湖区、北岭区分别完成120万平方米、110万平方米、90万平方米。",
    "前三季度，清江区完工改造面积108.6万平方米；望湖区完工96.2万平方米；北岭区受汛期连续降雨影响进度偏慢，完工61.5万平方米，另有23万平方米已主体完工，正在进行室外管网和绿化配套施工。",
    targets=[M("320万平方米", 320, "万平方米", "改造提升老旧小区建筑面积"),
             M("120万平方米", 120, "万平方米", "清江区改造面积"),
             M("110万平方米", 110, "万平方米", "望湖区改造面积"),
             M("90万平方米", 90, "万平方米", "北岭区改造面积")],
    actuals=[M("108.6万平方米", 108.6, "万平方米", "清江区完工改造面积", period=P),
             M("96.2万平方米", 96.2, "万平方米", "望湖区完工改造面积", period=P),
             M("61.5万平方米", 61.5, "万平方米", "北岭区完工改造面积", period=P),
             M("23万平方米", 23, "万平方米", "北岭区已主体完工面积", period=P)],
    pairs=[("t1", ["a1", "a2", "a3"]), ("t2", ["a1"]), ("t3", ["a2"]), ("t4", ["a3"])],
    note="No city total is reported: the three district amounts sum to 266.3万平方米 against 320 (combine sum, 0.8322). Districts: 108.6/120 = 0.905, 96.2/110 = 0.8745, 61.5/90 = 0.6833. The 23万平方米 only 主体完工 are not completed (would-be city 0.9041, 北岭 0.9389).")

# 3 加装电梯: 新开工 answered, 建成投用 not (only 井道主体 and a forecast), pipeline counts, a share
P = "今年以来"
row("市住房城乡建设局、市市场监管局、各区人民政府",
    "既有住宅新开工加装电梯400台，建成投用300台以上。",
    "今年以来，全市完成加装电梯居民意见征询和方案公示512台，取得施工许可456台，新开工428台，完成年度开工任务的107%；已开工项目中完成井道主体施工186台，正在进行导轨和轿厢安装调试，预计年底前建成投用300台以上。",
    targets=[M("400台", 400, "台", "既有住宅新开工加装电梯"),
             M("300台", 300, "台", "加装电梯建成投用", bound="min")],
    actuals=[M("512台", 512, "台", "完成意见征询和方案公示(pipeline)", period=P),
             M("456台", 456, "台", "取得施工许可", period=P),
             M("428台", 428, "台", "新开工加装电梯", period=P),
             M("107%", 107, "%", "完成年度开工任务的(比例)", period=P),
             M("186台", 186, "台", "完成井道主体施工", period=P),
             M("300台", 300, "台", "预计年底前建成投用(forecast, restated)")],
    pairs=[("t1", ["a3"])],
    note="428/400 = 1.07 (107% is the share). No elevator is reported 建成投用: 186台 have only the shaft structure done (would-be 0.62) and 300台以上 by 年底 is a forecast restating the target (would-be 1.0), so t2 is unpaired. 公示 and 施工许可 are earlier stages.")

# 4 公共停车泊位: city total with four district parts (one equal to the sub-target's value), 立体 part
P = "1-9月"
row("市城市管理局、市公安局交警支队、市自然资源和规划局、各区人民政府",
    "新增公共停车泊位1.2万个，其中立体停车库泊位不少于2000个。",
    "1-9月，全市新增公共停车泊位10386个，其中清江区3120个、望湖区2856个、北岭区2410个、南浦区2000个；新建成机械式立体停车库6座、提供泊位1580个，另有3座立体停车库正在进行主体施工。",
    targets=[M("1.2万个", 1.2, "万个", "新增公共停车泊位"),
             M("2000个", 2000, "个", "立体停车库泊位", bound="min")],
    actuals=[M("10386个", 10386, "个", "新增公共停车泊位", period=P),
             M("3120个", 3120, "个", "清江区新增泊位", period=P),
             M("2856个", 2856, "个", "望湖区新增泊位", period=P),
             M("2410个", 2410, "个", "北岭区新增泊位", period=P),
             M("2000个", 2000, "个", "南浦区新增泊位", period=P),
             M("6座", 6, "座", "新建成机械式立体停车库", period=P),
             M("1580个", 1580, "个", "立体停车库提供泊位", period=P),
             M("3座", 3, "座", "正在主体施工立体停车库", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a7"])],
    note="10386/12000 = 0.8655; the four districts (3120 + 2856 + 2410 + 2000 = 10386) are parts of the stated total. 立体 1580/2000 = 0.79; 南浦区2000个 has the sub-target's value but is a district part of all spaces, not the 立体 spaces. The 3 garages under construction do not count.")

# 5 充电桩: 投运 answers, 快充 part, pending grid connection, a stock with growth, a radius cap met
P = "截至9月底"
row("市发展改革委、国网市供电公司、市城投集团、各区人民政府",
    "新建新能源汽车公共充电桩3000个，其中直流快充桩1200个以上，城区公共充电服务半径不超过2公里。",
    "截至9月底，全市新建成投运公共充电桩2634个，其中直流快充桩1046个、交流慢充桩1588个；另有420个已完成安装，正在办理报装接电。全市公共充电桩保有量达1.86万个，较上年末增长21.3%，城区公共充电服务半径缩小至1.8公里。",
    targets=[M("3000个", 3000, "个", "新建新能源汽车公共充电桩"),
             M("1200个", 1200, "个", "直流快充桩", bound="min"),
             M("2公里", 2, "公里", "城区公共充电服务半径", bound="max")],
    actuals=[M("2634个", 2634, "个", "新建成投运公共充电桩", period=P),
             M("1046个", 1046, "个", "直流快充桩", period=P),
             M("1588个", 1588, "个", "交流慢充桩", period=P),
             M("420个", 420, "个", "已安装待接电充电桩(pending)", period=P),
             M("1.86万个", 1.86, "万个", "公共充电桩保有量(stock)", period=P),
             M("21.3%", 21.3, "%", "保有量较上年末增长", kind="growth", period=P),
             M("1.8公里", 1.8, "公里", "城区公共充电服务半径", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a7"])],
    note="2634/3000 = 0.878 (1046 + 1588 are its parts); the 420 installed but not yet connected do not count (would-be sum 1.018). 快充 1046/1200 = 0.8717. The radius 1.8/2 = 0.9, under the cap. The stock 1.86万 and its growth have no target.")

# 6 城市公厕: 新建 + 改造 summed for the combined target, the 其中新建 part, 主体完工 not counted
P = "截至9月底"
row("市城市管理局、市机关事务管理局、各区人民政府",
    "新建改造城市公厕80座，其中新建25座；推动机关企事业单位内部厕所对外开放100座以上。",
    "截至9月底，新建城市公厕21座、改造提升59座，均已投入使用；另有新建公厕4座完成主体施工，正在进行内部装修。全市已有112座单位内部厕所挂牌对外开放，纳入城市公厕地图导航。",
    targets=[M("80座", 80, "座", "新建改造城市公厕"),
             M("25座", 25, "座", "新建城市公厕"),
             M("100座", 100, "座", "单位内部厕所对外开放", bound="min")],
    actuals=[M("21座", 21, "座", "新建城市公厕", period=P),
             M("59座", 59, "座", "改造提升城市公厕", period=P),
             M("4座", 4, "座", "主体完工新建公厕", period=P),
             M("112座", 112, "座", "单位内部厕所对外开放", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a1"]), ("t3", ["a4"])],
    note="新建改造 is one combined target met by 21 + 59 = 80座 (combine sum, 1.0) although the 新建 part is short: 21/25 = 0.84 (the 4 with only the main works done are not in use; would-be 1.0). 112/100 = 1.12.")

# 7 口袋公园、绿道: ordinary, 分别 shares, green area, a coverage level and rise without target
P = "今年以来"
row("市园林绿化中心、市自然资源和规划局、各区人民政府",
    "建设口袋公园50个、城市绿道60公里，新增城市绿地面积150万平方米。",
    "今年以来，全市新建口袋公园46个、城市绿道52.8公里，分别完成年度任务的92%、88%；新增城市绿地136.4万平方米，建成区绿化覆盖率达到43.2%，较上年提高0.6个百分点。",
    targets=[M("50个", 50, "个", "建设口袋公园"),
             M("60公里", 60, "公里", "建设城市绿道"),
             M("150万平方米", 150, "万平方米", "新增城市绿地面积")],
    actuals=[M("46个", 46, "个", "新建口袋公园", period=P),
             M("52.8公里", 52.8, "公里", "新建城市绿道", period=P),
             M("92%", 92, "%", "口袋公园完成年度任务的(比例)", period=P),
             M("88%", 88, "%", "绿道完成年度任务的(比例)", period=P),
             M("136.4万平方米", 136.4, "万平方米", "新增城市绿地", period=P),
             M("43.2%", 43.2, "%", "建成区绿化覆盖率", period=P),
             M("0.6个百分点", 0.6, "个百分点", "绿化覆盖率较上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="46/50 = 0.92; 52.8/60 = 0.88 (the 分别 shares restate these ratios and do not pair). 136.4/150 = 0.9093. The coverage rate and its rise have no target.")

# 8 背街小巷 (traditional): 完工 answers (開工 is earlier), district parts, recommended candidates unpaired
P = "截至9月底"
row("市城市管理局、市住房城鄉建設局、各區人民政府",
    "整治提升背街小巷200條，同步實施雨污管網、架空線纜、路面鋪裝一體化改造，打造市級精品示範街巷20條。",
    "截至9月底，全市背街小巷整治已開工196條，完工162條，完成年度任務的81%，其中清江區、望湖區分別完工48條、41條；精品示範街巷已由各區推薦上報24條，待市級評定後命名。",
    targets=[M("200條", 200, "條", "整治提升背街小巷"),
             M("20條", 20, "條", "市級精品示範街巷")],
    actuals=[M("196條", 196, "條", "已開工背街小巷", period=P),
             M("162條", 162, "條", "完工背街小巷", period=P),
             M("81%", 81, "%", "完成年度任務的(比例)", period=P),
             M("48條", 48, "條", "清江區完工", period=P),
             M("41條", 41, "條", "望湖區完工", period=P),
             M("24條", 24, "條", "推薦上報精品示範街巷(candidates)", period=P)],
    pairs=[("t1", ["a2"])],
    note="Traditional characters. 162/200 = 0.81 (開工196條 is an earlier stage, would-be 0.98; 48 and 41 are district parts). The 24 streets only recommended await the city's assessment: t2 is unpaired (would-be 1.2).")

# 9 雨污分流: a restated target, this year vs the 十四五 cumulative, remaining areas, a rate and rise
P = "截至9月底"
row("市水务局、市住房城乡建设局、市排水有限公司",
    "实施城区雨污分流改造管网85公里，消除污水管网空白区12片。",
    "对照年度改造85公里的目标，截至9月底，今年完成雨污分流改造管网71.6公里，“十四五”以来累计完成386公里；消除污水管网空白区9片，其余3片正在施工。全市城市生活污水集中收集率达到72.4%，较上年同期提高3.1个百分点。",
    targets=[M("85公里", 85, "公里", "雨污分流改造管网"),
             M("12片", 12, "片", "消除污水管网空白区")],
    actuals=[M("85公里", 85, "公里", "年度改造目标(restated)"),
             M("71.6公里", 71.6, "公里", "今年完成雨污分流改造管网", period=P),
             M("386公里", 386, "公里", "“十四五”以来累计完成(stock)", period=P),
             M("9片", 9, "片", "消除污水管网空白区", period=P),
             M("3片", 3, "片", "正在施工空白区", period=P),
             M("72.4%", 72.4, "%", "城市生活污水集中收集率", period=P),
             M("3.1个百分点", 3.1, "个百分点", "集中收集率较上年同期提高", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="The restated 85公里 does not answer. This year's 71.6/85 = 0.8424; the 十四五 cumulative 386公里 does not (would-be 4.5412). 9/12 = 0.75 (3 under construction). The collection rate has no target. “十四五” is a period name.")

# 10 垃圾分类: a coverage rate, 分别达到40%、85%以上 (以上 binds to 85% only), a rate just short, counts without target
row("市城市管理局、市商务局、市供销合作社",
    "城区生活垃圾分类小区覆盖率达到100%，生活垃圾回收利用率、资源化利用率分别达到40%、85%以上。",
    "截至9月底，城区2316个住宅小区全面实行生活垃圾分类，覆盖率100%。1-9月，全市生活垃圾回收利用率39.2%，资源化利用率达到88.6%；新建改造垃圾分类收集亭1260个，建成生活垃圾分类示范片区18个。",
    targets=[M("100%", 100, "%", "城区生活垃圾分类小区覆盖率"),
             M("40%", 40, "%", "生活垃圾回收利用率"),
             M("85%", 85, "%", "生活垃圾资源化利用率", bound="min")],
    actuals=[M("2316个", 2316, "个", "城区住宅小区(scope)", period="截至9月底"),
             M("100%", 100, "%", "垃圾分类小区覆盖率", period="截至9月底"),
             M("39.2%", 39.2, "%", "生活垃圾回收利用率", period="1-9月"),
             M("88.6%", 88.6, "%", "生活垃圾资源化利用率", period="1-9月"),
             M("1260个", 1260, "个", "新建改造垃圾分类收集亭", period="1-9月"),
             M("18个", 18, "个", "建成生活垃圾分类示范片区", period="1-9月")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="100/100 = 1.0 over 2316 compounds. 分别达到40%、85%以上 with no 力争: 以上 binds to 85% only, so 40% is exact. 39.2/40 = 0.98; 88.6/85 = 1.0424. Kiosks and demonstration areas have no target.")

# 11 城中村改造: 推进 a list answered by the list under way, 签约 over target, 开工 answers 开工建设
P = "今年以来"
row("市住房城乡建设局、市城中村改造指挥部、清江区、北岭区人民政府",
    "推进城中村改造项目8个，完成征收签约3500户，开工建设安置房4200套。",
    "8个城中村改造项目均已完成立项和实施方案批复并进入实施阶段。今年以来累计签约3682户，签约率96.8%，已腾空交房3105户；安置房开工3860套，其中北岭区龙湾片区1520套已完成主体结构封顶。",
    targets=[M("8个", 8, "个", "推进城中村改造项目"),
             M("3500户", 3500, "户", "完成征收签约"),
             M("4200套", 4200, "套", "开工建设安置房")],
    actuals=[M("8个", 8, "个", "进入实施阶段城中村改造项目"),
             M("3682户", 3682, "户", "累计签约", period=P),
             M("96.8%", 96.8, "%", "签约率", period=P),
             M("3105户", 3105, "户", "腾空交房", period=P),
             M("3860套", 3860, "套", "安置房开工", period=P),
             M("1520套", 1520, "套", "主体结构封顶安置房", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="推进 a list of projects is answered by the whole list being under way (立项, approved, 进入实施阶段): 8/8 = 1.0. 今年以来累计 is this year's: 3682/3500 = 1.052 (96.8% is the share of all households in the projects, another base). 3860/4200 = 0.919; the 1520 topped out are a part; 腾空交房 has no target.")

# 12 保障性租赁住房: 筹集 total answers, 新建 counted at 开工, 盘活 over, 分配入住 this year vs cumulative
P = "截至9月底"
row("市住房保障中心、市住房城乡建设局、市发展改革委",
    "筹集建设保障性租赁住房1.5万套（间），其中新建8000套、改建和盘活存量房屋7000套（间）；分配入住保障性租赁住房1万套（间）。",
    "截至9月底，全市已筹集保障性租赁住房1.36万套（间），完成年度任务的90.7%，其中新开工建设6200套，改建、盘活存量房屋7420套（间）；新竣工保障性租赁住房4800套。全市累计分配入住8650套（间），其中今年新分配入住5230套（间）。",
    targets=[M("1.5万套", 1.5, "万套", "筹集建设保障性租赁住房"),
             M("8000套", 8000, "套", "新建保障性租赁住房"),
             M("7000套", 7000, "套", "改建和盘活存量房屋"),
             M("1万套", 1, "万套", "分配入住保障性租赁住房")],
    actuals=[M("1.36万套", 1.36, "万套", "已筹集保障性租赁住房", period=P),
             M("90.7%", 90.7, "%", "完成年度任务的(比例)", period=P),
             M("6200套", 6200, "套", "新开工建设", period=P),
             M("7420套", 7420, "套", "改建、盘活存量房屋", period=P),
             M("4800套", 4800, "套", "新竣工保障性租赁住房", period=P),
             M("8650套", 8650, "套", "累计分配入住(stock)", period=P),
             M("5230套", 5230, "套", "今年新分配入住", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a7"])],
    note="1.36万/1.5万 = 0.9067 (6200 + 7420 = 13620 are its parts). 筹集 of new builds counts at 开工: 6200/8000 = 0.775 (新竣工4800 is a later stage, would-be 0.6). 7420/7000 = 1.06. The year's 分配入住 is answered by this year's 5230: 0.523; the cumulative 8650 does not (would-be 0.865).")

# 13 燃氣管道 (traditional): total with three pipe parts (sum equals total), two household measures
P = "截至9月底"
row("市住房城鄉建設局、市燃氣集團、各區人民政府",
    "完成城市燃氣管道老化更新改造260公里，其中市政管道90公里、庭院管道150公里、立管20公里；為居民用戶更換燃氣軟管5萬戶、安裝燃氣泄漏報警裝置4萬戶。",
    "截至9月底，累計完成燃氣管道更新改造226.5公里，完成年度任務的87.1%，其中市政管道82.3公里、庭院管道128.6公里、立管15.6公里；為4.6萬戶居民免費更換金屬波紋軟管，安裝燃氣泄漏報警裝置3.92萬戶。",
    targets=[M("260公里", 260, "公里", "燃氣管道老化更新改造"),
             M("90公里", 90, "公里", "市政管道"),
             M("150公里", 150, "公里", "庭院管道"),
             M("20公里", 20, "公里", "立管"),
             M("5萬戶", 5, "萬戶", "更換燃氣軟管"),
             M("4萬戶", 4, "萬戶", "安裝燃氣泄漏報警裝置")],
    actuals=[M("226.5公里", 226.5, "公里", "累計完成燃氣管道更新改造", period=P),
             M("87.1%", 87.1, "%", "完成年度任務的(比例)", period=P),
             M("82.3公里", 82.3, "公里", "市政管道", period=P),
             M("128.6公里", 128.6, "公里", "庭院管道", period=P),
             M("15.6公里", 15.6, "公里", "立管", period=P),
             M("4.6萬戶", 4.6, "萬戶", "更換金屬波紋軟管", period=P),
             M("3.92萬戶", 3.92, "萬戶", "安裝燃氣泄漏報警裝置", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"]), ("t5", ["a6"]), ("t6", ["a7"])],
    note="Traditional characters. 累計 here is the year's (the share 87.1% = 226.5/260 confirms it): 0.8712. Parts pair with parts: 82.3/90 = 0.9144, 128.6/150 = 0.8573, 15.6/20 = 0.78 (not added again). 4.6/5 = 0.92; 3.92/4 = 0.98.")

# 14 供水管网 (full-width digits): length, 二次供水 compounds with those still under way, a loss-rate cap met
P = "截至９月底"
row("市水务局、市自来水有限公司",
    "改造老旧供水管网１２０公里，完成二次供水设施改造小区８０个，城市公共供水管网漏损率控制在９％以内。",
    "截至９月底，完成老旧供水管网改造１０４．６公里；二次供水设施改造已完工６８个小区，另有１２个小区正在施工。１－９月，城市公共供水管网漏损率为８．７％，较上年同期下降０．９个百分点。",
    targets=[M("１２０公里", 120, "公里", "改造老旧供水管网"),
             M("８０个", 80, "个", "二次供水设施改造小区"),
             M("９％", 9, "%", "城市公共供水管网漏损率", bound="max")],
    actuals=[M("１０４．６公里", 104.6, "公里", "完成老旧供水管网改造", period=P),
             M("６８个", 68, "个", "二次供水设施改造完工小区", period=P),
             M("１２个", 12, "个", "正在施工小区", period=P),
             M("８．７％", 8.7, "%", "城市公共供水管网漏损率", period="１－９月"),
             M("０．９个百分点", 0.9, "个百分点", "漏损率较上年同期下降", kind="reduction", period="１－９月")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Full-width digits. 104.6/120 = 0.8717. 68/80 = 0.85 (the 12 under construction do not count, would-be sum 1.0). The loss rate 8.7/9 = 0.9667, under the cap. 二次供水 is a label (二次 is not a count).")

# 15 路灯: ordinary; lamps, a part and an energy saving, dark spots, a rate with 以上 on the actual
P = "今年以来"
row("市城市管理局、市路灯管理所",
    "新建改造城市道路照明路灯5000盏，消除城市照明无灯区、暗区80处，主次干道路灯亮灯率保持在98%以上。",
    "今年以来，新装和改造路灯5216盏，其中实施LED节能改造3480盏，年可节约用电约210万千瓦时；消除无灯区、暗区76处；全市主次干道路灯亮灯率保持在98.5%以上。",
    targets=[M("5000盏", 5000, "盏", "新建改造城市道路照明路灯"),
             M("80处", 80, "处", "消除无灯区、暗区"),
             M("98%", 98, "%", "主次干道路灯亮灯率", bound="min")],
    actuals=[M("5216盏", 5216, "盏", "新装和改造路灯", period=P),
             M("3480盏", 3480, "盏", "LED节能改造", period=P),
             M("210万千瓦时", 210, "万千瓦时", "年可节约用电(estimate)", period=P),
             M("76处", 76, "处", "消除无灯区、暗区", period=P),
             M("98.5%", 98.5, "%", "主次干道路灯亮灯率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="5216/5000 = 1.0432 (LED 3480 a part); 76/80 = 0.95; 98.5/98 = 1.0051 (以上 on an actual is not a bound). The saving has no target.")

# 16 易涝积水点: a changed target (kept against the original), remaining points forecast, a partial capacity
P = "截至9月底"
row("市水务局、市城市管理局、市住房城乡建设局",
    "完成城市易涝积水点整治35处，新建改造排水管渠40公里，新增城市排涝泵站抽排能力30立方米/秒。",
    "经汛前排查复核，今年新增纳入整治的积水点2处，年度整治任务调整为37处。截至9月底，已完成易涝积水点整治34处，其余3处因涉及地铁施工交叉作业，预计12月底前完成；新建改造排水管渠42.3公里；城东排涝泵站于6月投入运行，新增抽排能力12立方米/秒，城西泵站扩容工程完成土建，正在安装机组。",
    targets=[M("35处", 35, "处", "易涝积水点整治"),
             M("40公里", 40, "公里", "新建改造排水管渠"),
             M("30立方米/秒", 30, "立方米/秒", "新增排涝泵站抽排能力")],
    actuals=[M("2处", 2, "处", "新增纳入整治积水点", period="今年"),
             M("37处", 37, "处", "调整后年度整治任务(changed target)", period="今年"),
             M("34处", 34, "处", "完成易涝积水点整治", period=P),
             M("3处", 3, "处", "预计12月底前完成积水点(forecast)", period=P),
             M("42.3公里", 42.3, "公里", "新建改造排水管渠", period=P),
             M("12立方米/秒", 12, "立方米/秒", "城东泵站新增抽排能力", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="The task was changed to 37处; the ratio is kept against the original 35处: 34/35 = 0.9714 (against 37: 0.9189); the 3 left are forecast (would-be sum 1.0571). 42.3/40 = 1.0575. Only 城东 is in operation: 12/30 = 0.4 (城西 is still being fitted). 6月 is a date.")

# 17 农贸市场: 改造 accepted + 新建 opened summed for the combined target, 完工待验收 not counted (nth inside 25家)
P = "截至9月底"
row("市商务局、市市场监管局、各区人民政府",
    "完成标准化农贸市场新建和提升改造30家，其中新建5家。",
    "截至9月底，25家提升改造农贸市场中已完工并通过验收19家，完工待验收6家；5家新建农贸市场中已建成开业1家（南浦区丰收市场），其余4家主体完工，预计年底前开业。",
    targets=[M("30家", 30, "家", "标准化农贸市场新建和提升改造"),
             M("5家", 5, "家", "新建标准化农贸市场")],
    actuals=[M("25家", 25, "家", "提升改造农贸市场(scope)", period=P),
             M("19家", 19, "家", "完工并通过验收", period=P),
             M("6家", 6, "家", "完工待验收(pending)", period=P),
             M("5家", 5, "家", "新建农贸市场(scope)", nth=1, period=P),
             M("1家", 1, "家", "建成开业新建农贸市场", period=P),
             M("4家", 4, "家", "主体完工新建农贸市场", period=P)],
    pairs=[("t1", ["a2", "a5"]), ("t2", ["a5"])],
    note="The combined target is met by the accepted renovations plus the opened new market: 19 + 1 = 20 against 30 (combine sum, 0.6667). The 6 awaiting acceptance do not count (would-be 0.8667) nor do the 4 with only the main works done. 新建 1/5 = 0.2. '5家' nth 0 lies inside '25家'.")

# 18 便民菜店 (Chinese numerals): total with four district parts, a per-shop floor met, a price reduction in 百分之
P = "截至九月底"
row("市商务局、市发展改革委、各区人民政府",
    "新建社区便民菜店一百二十家，平价蔬菜品种不少于二十个，价格低于周边市场百分之十以上。",
    "截至九月底，全市新建社区便民菜店一百零六家，其中清江区三十二家、望湖区二十八家、北岭区二十四家、南浦区二十二家；每家菜店常年保持平价蔬菜品种二十个以上，平价菜价格平均低于周边农贸市场百分之十二。",
    targets=[M("一百二十家", 120, "家", "新建社区便民菜店"),
             M("二十个", 20, "个", "平价蔬菜品种", bound="min"),
             M("百分之十", 10, "%", "价格低于周边市场", kind="reduction", bound="min")],
    actuals=[M("一百零六家", 106, "家", "新建社区便民菜店", period=P),
             M("三十二家", 32, "家", "清江区新建", period=P),
             M("二十八家", 28, "家", "望湖区新建", period=P),
             M("二十四家", 24, "家", "北岭区新建", period=P),
             M("二十二家", 22, "家", "南浦区新建", period=P),
             M("二十个", 20, "个", "每家平价蔬菜品种", period=P),
             M("百分之十二", 12, "%", "平价菜价格低于周边农贸市场", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="Chinese numerals. 106/120 = 0.8833 (32 + 28 + 24 + 22 = 106 are its parts). 二十个以上 per shop meets the floor: 1.0. The price gap is a reduction answered by a reduction: 12/10 = 1.2 (a mean gap against a floor).")

# 19 15分钟便民生活圈: new this year vs 累计 (two targets), applied candidates, a survey rate
P = "截至9月底"
row("市商务局、市发展改革委、市民政局、各区人民政府",
    "新建15分钟便民生活圈15个，全市累计达到60个，便民生活圈居民满意度达到90%以上。",
    "截至9月底，已完成建设并通过区级验收的15分钟便民生活圈13个，全市累计建成58个；另有清江区江滨、北岭区龙湾2个生活圈已申报省级示范便民生活圈，正在评审。第三方调查显示，居民对便民生活圈的满意度为92.6%。",
    targets=[M("15个", 15, "个", "新建15分钟便民生活圈"),
             M("60个", 60, "个", "全市累计便民生活圈"),
             M("90%", 90, "%", "便民生活圈居民满意度", bound="min")],
    actuals=[M("13个", 13, "个", "今年建成并通过验收生活圈", period=P),
             M("58个", 58, "个", "全市累计建成生活圈(stock)", period=P),
             M("2个", 2, "个", "已申报省级示范生活圈(candidates)", period=P),
             M("92.6%", 92.6, "%", "居民满意度", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Two targets, one new and one cumulative, each answered in kind: 13/15 = 0.8667, 58/60 = 0.9667. The 2 applied for the provincial demonstration title are candidates for another recognition and pair with nothing. 92.6/90 = 1.0289. 15分钟 is part of the name.")

# 20 体育公园: 建成 answered by the opened count (主体完工 and earlier stages not), paths over, courts over, area short
row("市体育局、市园林绿化中心、市自然资源和规划局",
    "建成体育公园6个，新建改造全民健身路径200条、社区多功能运动场40片，新增体育场地面积30万平方米。",
    "6个体育公园中，已建成开放2个（望湖湾体育公园、北岭体育公园），南浦滨江体育公园主体完工，正在进行绿化和健身设施安装，其余3个分别处于施工招标、施工图审查和立项阶段；新建改造全民健身路径186条、社区多功能运动场43片；新增体育场地面积21.5万平方米。",
    targets=[M("6个", 6, "个", "建成体育公园"),
             M("200条", 200, "条", "新建改造全民健身路径"),
             M("40片", 40, "片", "社区多功能运动场"),
             M("30万平方米", 30, "万平方米", "新增体育场地面积")],
    actuals=[M("6个", 6, "个", "体育公园(scope)"),
             M("2个", 2, "个", "已建成开放体育公园"),
             M("3个", 3, "个", "处于招标、审查、立项阶段体育公园"),
             M("186条", 186, "条", "新建改造全民健身路径"),
             M("43片", 43, "片", "社区多功能运动场"),
             M("21.5万平方米", 21.5, "万平方米", "新增体育场地面积")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="2/6 = 0.3333; 南浦滨江 with only the main works done is not 建成 (would-be 0.5); the other 3 are at 招标/审查/立项. 186/200 = 0.93; 43/40 = 1.075; 21.5/30 = 0.7167. No period is stated.")

# 21 学位: schools all started (scope), 竣工投用 answers 建成, degrees with 其中 parts, a forecast for next year
row("市教育局、市发展改革委、市住房城乡建设局、各区人民政府",
    "建成中小学、幼儿园25所，新增学位2.2万个，其中公办幼儿园学位3000个。",
    "25所新建改扩建学校（幼儿园）已全部开工，其中18所已于秋季开学前竣工并投入使用，新增学位1.86万个，其中中小学学位1.54万个、公办幼儿园学位3240个；其余7所正在进行主体施工，预计明年秋季投用，届时可再新增学位4500个。",
    targets=[M("25所", 25, "所", "建成中小学、幼儿园"),
             M("2.2万个", 2.2, "万个", "新增学位"),
             M("3000个", 3000, "个", "公办幼儿园学位")],
    actuals=[M("25所", 25, "所", "已全部开工学校(scope, restated)"),
             M("18所", 18, "所", "竣工并投入使用学校"),
             M("1.86万个", 1.86, "万个", "新增学位"),
             M("1.54万个", 1.54, "万个", "中小学学位"),
             M("3240个", 3240, "个", "公办幼儿园学位"),
             M("7所", 7, "所", "正在主体施工学校"),
             M("4500个", 4500, "个", "明年可再新增学位(forecast)")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="开工 is reported for all 25 but the target is 建成: 18/25 = 0.72 (would-be with the started 1.0). 1.86/2.2 = 0.8455 (1.54万 + 3240 are its parts); the 4500 next autumn are a forecast (would-be sum 1.05). 公办幼儿园 3240/3000 = 1.08.")

# 22 托育 (traditional): places with two parts, a per-thousand rate, an age threshold in both columns, points pending filing
P = "截至9月底"
row("市衛生健康委、市民政局、市總工會",
    "新增普惠性托育托位3000個，每千人口擁有3歲以下嬰幼兒托位數達到4.5個，建成社區嵌入式托育服務點30個。",
    "截至9月底，全市新增普惠性托育托位2760個，其中社區嵌入式托育服務點提供托位680個、用人單位辦托提供托位420個；每千人口擁有3歲以下嬰幼兒托位數4.32個；已建成社區嵌入式托育服務點26個，另有5個完成裝修、正在辦理備案。",
    targets=[M("3000個", 3000, "個", "新增普惠性托育托位"),
             M("4.5個", 4.5, "個", "每千人口擁有嬰幼兒托位數"),
             M("30個", 30, "個", "建成社區嵌入式托育服務點")],
    other=[O("3歲", 3, "歲", "class threshold (3歲以下嬰幼兒)")],
    actuals=[M("2760個", 2760, "個", "新增普惠性托育托位", period=P),
             M("680個", 680, "個", "社區嵌入式服務點提供托位", period=P),
             M("420個", 420, "個", "用人單位辦托提供托位", period=P),
             M("3歲", 3, "歲", "嬰幼兒年齡門檻(class threshold)"),
             M("4.32個", 4.32, "個", "每千人口擁有嬰幼兒托位數", period=P),
             M("26個", 26, "個", "已建成社區嵌入式托育服務點", period=P),
             M("5個", 5, "個", "正在辦理備案服務點(pending)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Traditional characters. 2760/3000 = 0.92 (680 and 420 are parts). 4.32/4.5 = 0.96 (每千人口 is the basis of the rate, not a quantity). 26/30 = 0.8667; the 5 still filing are not counted (would-be sum 1.0333). 3歲以下 is a class threshold.")

# 23 社区食堂: 各40个 over two metrics (two targets on one span), a stock, a daily mean over a floor, a part
row("市民政局、市商务局、各区人民政府、各街道办事处",
    "新建、改造提升社区食堂（老年助餐点）各40个，日均服务老年人就餐5000人次以上。",
    "今年以来，全市新建社区食堂36个、改造提升老年助餐点45个，均已投入运营；目前全市共有社区食堂和老年助餐点286个，日均服务老年人就餐5860人次，其中享受助餐补贴的高龄、困难老年人2130人次。",
    targets=[M("各40个", 40, "个", "新建社区食堂"),
             M("各40个", 40, "个", "改造提升社区食堂"),
             M("5000人次", 5000, "人次", "日均服务老年人就餐", bound="min")],
    actuals=[M("36个", 36, "个", "新建社区食堂", period="今年以来"),
             M("45个", 45, "个", "改造提升老年助餐点", period="今年以来"),
             M("286个", 286, "个", "全市社区食堂和助餐点(stock)"),
             M("5860人次", 5860, "人次", "日均服务老年人就餐"),
             M("2130人次", 2130, "人次", "享受助餐补贴老年人")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="各40个 is two targets on one span: 新建 36/40 = 0.9, 改造提升 45/40 = 1.125 (社区食堂（老年助餐点） names one kind). 5860/5000 = 1.172 (2130 a part). The stock 286 has no target.")

# 24 完整社区: all started (scope), 建成 answered by the accepted count, gaps filled with three parts
row("市住房城乡建设局、市民政局、各区人民政府",
    "建成完整社区20个，补齐社区养老、托育、便民商业等服务设施短板100项以上。",
    "20个完整社区建设试点均已开工，其中12个已完成建设并通过市级评估验收；累计补齐各类服务设施短板118项，其中养老服务设施42项、托育设施19项、便民商业设施57项。",
    targets=[M("20个", 20, "个", "建成完整社区"),
             M("100项", 100, "项", "补齐服务设施短板", bound="min")],
    actuals=[M("20个", 20, "个", "已开工完整社区试点(scope)"),
             M("12个", 12, "个", "完成建设并通过评估验收"),
             M("118项", 118, "项", "累计补齐服务设施短板"),
             M("42项", 42, "项", "养老服务设施"),
             M("19项", 19, "项", "托育设施"),
             M("57项", 57, "项", "便民商业设施")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="建成 is answered by the 12 completed and accepted: 0.6 (the 20 started restate the scope, would-be 1.0). 118/100 = 1.18; 42 + 19 + 57 are its parts.")

# 25 海绵城市: a preliminary estimate for an elapsed period answers, cumulative area, a share level with its rise
P = "前三季度"
row("市住房城乡建设局、市水务局、市海绵城市建设管理中心",
    "新增达到海绵城市建设要求的建成区面积12平方公里，建成区海绵城市达标面积比例达到45%以上。",
    "经初步评估，前三季度全市新增达到海绵城市建设要求的建成区面积10.4平方公里，累计达标面积118.6平方公里，占建成区面积的43.5%，较上年末提高2.2个百分点。",
    targets=[M("12平方公里", 12, "平方公里", "新增达到海绵城市要求建成区面积"),
             M("45%", 45, "%", "建成区海绵城市达标面积比例", bound="min")],
    actuals=[M("10.4平方公里", 10.4, "平方公里", "新增达标建成区面积(初步评估)", period=P),
             M("118.6平方公里", 118.6, "平方公里", "累计达标面积(stock)", period=P),
             M("43.5%", 43.5, "%", "达标面积占建成区比例", period=P),
             M("2.2个百分点", 2.2, "个百分点", "比例较上年末提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="The preliminary estimate for the elapsed three quarters answers: 10.4/12 = 0.8667; the cumulative 118.6 does not. 43.5/45 = 0.9667; the rise of 2.2个百分点 has no growth target.")

# 26 架空线入地 (full-width digits): length with a share and a remainder in construction, poles over, cables without target
P = "今年以来"
row("市城市管理局、国网市供电公司、市通信发展管理办公室",
    "实施主次干道架空线缆入地及规整改造６０公里，拆除废弃杆体１５００根。",
    "今年以来，已完成架空线缆入地及规整改造４２．８公里，完成年度任务的７１．３％，另有１１．５公里正在进行管道敷设；拆除废弃杆体１６２０根，清理废弃线缆３８６吨。",
    targets=[M("６０公里", 60, "公里", "架空线缆入地及规整改造"),
             M("１５００根", 1500, "根", "拆除废弃杆体")],
    actuals=[M("４２．８公里", 42.8, "公里", "完成架空线缆入地及规整改造", period=P),
             M("７１．３％", 71.3, "%", "完成年度任务的(比例)", period=P),
             M("１１．５公里", 11.5, "公里", "正在管道敷设", period=P),
             M("１６２０根", 1620, "根", "拆除废弃杆体", period=P),
             M("３８６吨", 386, "吨", "清理废弃线缆", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Full-width digits. 42.8/60 = 0.7133 (the share 71.3% does not pair; 11.5公里 still being laid do not count, would-be sum 0.905). 1620/1500 = 1.08. The cables removed have no target.")

# 27 断头路: 建成通车 answers 打通, roads with elided-subject growth, 施划和改造 is broader than 新增 (unpaired)
P = "1-9月"
row("市住房城乡建设局、市交通运输局、市公安局交警支队",
    "打通城市断头路15条，新建改造城市道路40公里，新增非机动车道80公里。",
    "15条断头路中，已建成通车9条，4条正在进行路面施工，2条因征拆问题尚未开工。1-9月，新建改造城市道路34.7公里，同比增长12.3%；施划和改造非机动车道92公里。",
    targets=[M("15条", 15, "条", "打通城市断头路"),
             M("40公里", 40, "公里", "新建改造城市道路"),
             M("80公里", 80, "公里", "新增非机动车道")],
    actuals=[M("15条", 15, "条", "断头路(scope)"),
             M("9条", 9, "条", "建成通车断头路"),
             M("4条", 4, "条", "正在路面施工断头路"),
             M("2条", 2, "条", "尚未开工断头路"),
             M("34.7公里", 34.7, "公里", "新建改造城市道路", period=P),
             M("12.3%", 12.3, "%", "新建改造城市道路同比增长", kind="growth", period=P),
             M("92公里", 92, "公里", "施划和改造非机动车道", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="打通 is answered by 建成通车: 9/15 = 0.6. 34.7/40 = 0.8675; 同比增长12.3% elides its subject and has no target. 施划和改造 includes re-marking existing lanes, a broader aggregate than 新增: t3 is unpaired (would-be 1.15).")

# 28 餐厨项目: a project in commissioning (unpaired), its capacity a specification in both columns, a rate met
row("市城市管理局、市环境卫生管理处、市城投集团",
    "新建餐厨废弃物资源化处理项目1个、日处理能力300吨，城市生活垃圾无害化处理率保持100%。",
    "市餐厨废弃物资源化处理项目（日处理300吨）已完成主体厂房建设和设备安装，9月起进入带料调试，预计11月正式投运。1-9月，全市生活垃圾无害化处理量126.8万吨，无害化处理率100%，原生生活垃圾实现零填埋。",
    targets=[M("1个", 1, "个", "新建餐厨废弃物资源化处理项目"),
             M("100%", 100, "%", "城市生活垃圾无害化处理率")],
    other=[O("300吨", 300, "吨", "specification (日处理能力 of the project)")],
    actuals=[M("300吨", 300, "吨", "餐厨项目日处理规模(specification)"),
             M("126.8万吨", 126.8, "万吨", "生活垃圾无害化处理量", period="1-9月"),
             M("100%", 100, "%", "生活垃圾无害化处理率", period="1-9月")],
    pairs=[("t2", ["a3"])],
    note="The kitchen-waste plant is in commissioning and only expected in operation in 11月: t1 is unpaired (would-be 1.0). 300吨 is the plant's specification in both columns. 100/100 = 1.0; the volume has no target. 9月起/11月 are dates.")

# 29 物业服务: a coverage rate with numerator and denominator, a 个百分点 target answered by the rise, a ratio short
P = "截至9月底"
row("市住房城乡建设局、各区人民政府、各街道办事处",
    "住宅小区物业服务覆盖率达到90%，其中老旧小区专业化物业服务覆盖率提高5个百分点；成立业主委员会的小区比例达到60%以上。",
    "截至9月底，全市3862个住宅小区中实现物业服务覆盖的3518个，覆盖率91.1%；老旧小区通过引入专业物业、社区托管等方式提升服务水平，专业化物业服务覆盖率达到56.4%，较上年底提高6.2个百分点；成立业主委员会2210个，组建比例为57.2%。",
    targets=[M("90%", 90, "%", "住宅小区物业服务覆盖率"),
             M("5个百分点", 5, "个百分点", "老旧小区专业化物业服务覆盖率提高", kind="growth"),
             M("60%", 60, "%", "成立业主委员会的小区比例", bound="min")],
    actuals=[M("3862个", 3862, "个", "全市住宅小区(scope)", period=P),
             M("3518个", 3518, "个", "实现物业服务覆盖小区", period=P),
             M("91.1%", 91.1, "%", "物业服务覆盖率", period=P),
             M("56.4%", 56.4, "%", "老旧小区专业化物业服务覆盖率", period=P),
             M("6.2个百分点", 6.2, "个百分点", "专业化覆盖率较上年底提高", kind="growth", period=P),
             M("2210个", 2210, "个", "成立业主委员会", period=P),
             M("57.2%", 57.2, "%", "业委会组建比例", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="91.1/90 = 1.0122 (3518/3862 are its numerator and denominator). The 个百分点 target is answered by the rise: 6.2/5 = 1.24 (the level 56.4% has no level target). 57.2/60 = 0.9533 (2210 the count behind it).")

# 30 适老化、无障碍: ordinary; assessments vs completed, a share, a remainder with contractors fixed, three parts
P = "今年以来"
row("市民政局、市残疾人联合会、市住房城乡建设局",
    "完成特殊困难老年人家庭适老化改造2000户，实施公共场所无障碍设施改造300处。",
    "今年以来，全市已完成特殊困难老年人家庭适老化改造入户评估2380户，完成改造1725户，完成年度任务的86.3%，其余655户已确定施工单位；完成公共场所无障碍设施改造326处，其中人行道缘石坡道148处、无障碍卫生间62处、出入口坡道116处。",
    targets=[M("2000户", 2000, "户", "特殊困难老年人家庭适老化改造"),
             M("300处", 300, "处", "公共场所无障碍设施改造")],
    actuals=[M("2380户", 2380, "户", "完成入户评估", period=P),
             M("1725户", 1725, "户", "完成适老化改造", period=P),
             M("86.3%", 86.3, "%", "完成年度任务的(比例)", period=P),
             M("655户", 655, "户", "已确定施工单位(pending)", period=P),
             M("326处", 326, "处", "完成无障碍设施改造", period=P),
             M("148处", 148, "处", "人行道缘石坡道", period=P),
             M("62处", 62, "处", "无障碍卫生间", period=P),
             M("116处", 116, "处", "出入口坡道", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="1725/2000 = 0.8625 (the assessments 2380 are an earlier stage, would-be 1.19; 655 only have contractors). 326/300 = 1.0867; 148 + 62 + 116 are its parts.")

# 31 人行道 (nothing answers): repaired paving area and kerbs are other measures, the project only tendered
row("市城市管理局、市市政设施管理中心、各区人民政府",
    "实施城市人行道改造提升100公里，同步整治盲道、缘石坡道等无障碍设施。",
    "今年以来，结合道路大中修和城市体检问题整改，修复破损人行道板12.6万平方米、更换路缘石3.8万米，整治盲道被占用、中断等问题436处；城东片区人行道改造提升工程已完成招标，10月进场施工。",
    targets=[M("100公里", 100, "公里", "城市人行道改造提升")],
    actuals=[M("12.6万平方米", 12.6, "万平方米", "修复破损人行道板", period="今年以来"),
             M("3.8万米", 3.8, "万米", "更换路缘石", period="今年以来"),
             M("436处", 436, "处", "整治盲道问题", period="今年以来")],
    pairs=[],
    note="Nothing answers: the length of walkway upgraded is not reported; repaired paving is an area (another measure) and the kerbs replaced (3.8万米 = 38 km) count kerb length, not walkway upgraded (would-be 0.38); the 城东 project is only tendered. 10月 is a date.")

# 32 建築垃圾 (traditional): a rate over its floor, 各1處 over two districts summed, a plant only approved, a capacity specification
P = "1-9月"
row("市城市管理局、市住房城鄉建設局、市生態環境局",
    "建築垃圾資源化利用率達到55%以上，新建建築垃圾消納場2處、資源化利用廠1座，資源化利用廠年處置能力100萬噸。",
    "1-9月，全市產生建築垃圾1860萬噸，資源化利用量1052萬噸，資源化利用率56.6%；北嶺區、南浦區建築垃圾消納場各1處已建成投用；南浦區建築垃圾資源化利用廠已完成立項和環評批復，正在進行施工招標。",
    targets=[M("55%", 55, "%", "建築垃圾資源化利用率", bound="min"),
             M("2處", 2, "處", "新建建築垃圾消納場"),
             M("1座", 1, "座", "新建資源化利用廠")],
    other=[O("100萬噸", 100, "萬噸", "specification (年處置能力 of the plant)")],
    actuals=[M("1860萬噸", 1860, "萬噸", "產生建築垃圾", period=P),
             M("1052萬噸", 1052, "萬噸", "資源化利用量", period=P),
             M("56.6%", 56.6, "%", "建築垃圾資源化利用率", period=P),
             M("各1處", 1, "處", "北嶺區建成消納場"),
             M("各1處", 1, "處", "南浦區建成消納場")],
    pairs=[("t1", ["a3"]), ("t2", ["a4", "a5"])],
    note="Traditional characters. 56.6/55 = 1.0291 (1052/1860 its numerator and denominator). 各1處 over two districts is two actuals on one span, summed for the city's 2處: 1.0 (combine sum). The plant has only 立項 and 環評: t3 is unpaired (would-be 0). 100萬噸 is the plant's specification.")

# 33 电动自行车充电: ordinary; places over, ports short, 5 districts 均 done, hazards without target
row("市消防救援支队、市住房城乡建设局、各区人民政府",
    "新建住宅小区电动自行车集中停放充电场所600处，新增充电端口3万个，具备条件的老旧小区实现全覆盖。",
    "截至9月底，全市新建电动自行车集中停放充电场所642处、新增充电端口2.76万个，5个城区均已超额完成停放充电场所建设任务；今年以来累计排查整治电动自行车“飞线充电”、楼道停放充电等隐患1.2万处。",
    targets=[M("600处", 600, "处", "电动自行车集中停放充电场所"),
             M("3万个", 3, "万个", "新增充电端口")],
    actuals=[M("642处", 642, "处", "新建集中停放充电场所", period="截至9月底"),
             M("2.76万个", 2.76, "万个", "新增充电端口", period="截至9月底"),
             M("5个", 5, "个", "城区(scope)", period="截至9月底"),
             M("1.2万处", 1.2, "万处", "排查整治充电隐患", period="今年以来")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="642/600 = 1.07; 2.76/3 = 0.92. 全覆盖 of eligible old estates has no number in either column. The hazards have no target.")

# 34 错时共享停车、智慧停车: ordinary; shared spaces over, smart spaces short with a batch in testing
P = "今年以来"
row("市机关事务管理局、市公安局交警支队、市城投集团",
    "推动机关企事业单位停车场错时共享开放泊位5000个，新增路内智慧停车泊位8000个。",
    "今年以来，全市已有186家机关企事业单位向社会错时开放停车泊位5320个；路内智慧停车改造已完成泊位7260个，另有1500个泊位完成地磁设备安装，正在联调测试，预计10月底上线。",
    targets=[M("5000个", 5000, "个", "错时共享开放泊位"),
             M("8000个", 8000, "个", "新增路内智慧停车泊位")],
    actuals=[M("186家", 186, "家", "开放停车场单位", period=P),
             M("5320个", 5320, "个", "错时开放停车泊位", period=P),
             M("7260个", 7260, "个", "路内智慧停车改造完成泊位", period=P),
             M("1500个", 1500, "个", "联调测试泊位(pending)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="5320/5000 = 1.064. 7260/8000 = 0.9075; the 1500 still in testing go live only 10月底 (would-be sum 1.095).")

# 35 城市更新: 实施 a project list answered by 开工, an estimate for the elapsed quarters vs a full-year forecast, growth
row("市发展改革委、市住房城乡建设局、市城市更新中心",
    "实施城市更新项目120个，完成年度投资280亿元，同比增长10%以上。",
    "纳入年度计划的120个城市更新项目已开工108个，开工率90%；经初步统计，前三季度完成投资216.5亿元，同比增长11.8%，完成年度计划的77.3%；预计全年完成投资290亿元左右。",
    targets=[M("120个", 120, "个", "实施城市更新项目"),
             M("280亿元", 280, "亿元", "年度投资"),
             M("10%", 10, "%", "投资同比增长", kind="growth", bound="min")],
    actuals=[M("120个", 120, "个", "年度计划城市更新项目(scope)"),
             M("108个", 108, "个", "已开工城市更新项目"),
             M("90%", 90, "%", "开工率"),
             M("216.5亿元", 216.5, "亿元", "完成投资(初步统计)", period="前三季度"),
             M("11.8%", 11.8, "%", "投资同比增长", kind="growth", period="前三季度"),
             M("77.3%", 77.3, "%", "完成年度计划的(比例)", period="前三季度"),
             M("290亿元", 290, "亿元", "预计全年完成投资(forecast)", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="实施 a list of projects is answered by the number started: 108/120 = 0.9 (开工率90% is the share). The preliminary figure for the elapsed quarters answers: 216.5/280 = 0.7732; the full-year 290亿元 is a forecast (would-be 1.0357). 同比增长11.8% elides its subject: 11.8/10 = 1.18.")

# 36 社区嵌入式服务设施 (Chinese numerals): the same string twice in the task (nth), 建成投用 answers 建设, a per-facility floor
P = "截至九月底"
row("市发展改革委、市民政局、市卫生健康委、各区人民政府",
    "建设社区嵌入式服务设施十五个，单个设施建筑面积不少于一千平方米，同步配建十五个社区助餐点。",
    "截至九月底，十五个社区嵌入式服务设施已全部开工，其中建成投用十一个，单体建筑面积均在一千平方米以上，其余四个正在进行内部装修；同步配建的社区助餐点已开业十三个。",
    targets=[M("十五个", 15, "个", "建设社区嵌入式服务设施", nth=0),
             M("一千平方米", 1000, "平方米", "单个设施建筑面积", bound="min"),
             M("十五个", 15, "个", "配建社区助餐点", nth=1)],
    actuals=[M("十五个", 15, "个", "已全部开工设施(scope)", period=P),
             M("十一个", 11, "个", "建成投用设施", period=P),
             M("一千平方米", 1000, "平方米", "单体建筑面积(均…以上)", period=P),
             M("四个", 4, "个", "正在内部装修设施", period=P),
             M("十三个", 13, "个", "已开业社区助餐点", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Chinese numerals. 建设 a facility in a livelihood promise is delivered when in use: 11/15 = 0.7333 (all 15 started, would-be 1.0; the 4 being fitted out do not count). The per-facility floor is met by 均在一千平方米以上: 1.0. 十三/十五 = 0.8667.")

# 37 中转站、回收站点 (Chinese numerals): 分别 in the progress in reverse order, pending stations, one sorting centre of two
row("市城市管理局、市供销合作社、各区人民政府",
    "新建改造生活垃圾中转站十二座、再生资源回收站三百个，建成再生资源分拣中心两个。",
    "今年以来，全市建成再生资源回收站、生活垃圾中转站分别为二百八十六个、十座，另有两座中转站完成设备安装；已建成投运再生资源分拣中心一个，城南分拣中心完成主体施工，预计年底投用。",
    targets=[M("十二座", 12, "座", "新建改造生活垃圾中转站"),
             M("三百个", 300, "个", "再生资源回收站"),
             M("两个", 2, "个", "建成再生资源分拣中心")],
    actuals=[M("二百八十六个", 286, "个", "建成再生资源回收站", period="今年以来"),
             M("十座", 10, "座", "建成生活垃圾中转站", period="今年以来"),
             M("两座", 2, "座", "完成设备安装中转站", period="今年以来"),
             M("一个", 1, "个", "建成投运再生资源分拣中心", period="今年以来")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"]), ("t3", ["a4"])],
    note="Chinese numerals. 分别 follows the progress order (回收站 then 中转站), the reverse of the task: 中转站 10/12 = 0.8333 (two with equipment only installed do not count, would-be 1.0); 回收站 286/300 = 0.9533. 分拣中心 1/2 = 0.5 (城南 only has the main works, 预计年底).")

# 38 危舊房改造 (traditional): 拆除 answers 改造 (the share confirms it, 簽約 does not), 基本建成 answers, 戶次 is not 戶
row("市住房城鄉建設局、市住房保障中心、清江區人民政府",
    "完成城鎮危舊房屋改造（棚戶區改造）1200戶，基本建成安置住房1500套，發放城鎮住房保障家庭租賃補貼4000戶。",
    "截至9月底，已完成危舊房屋徵收簽約1264戶、拆除1120戶，完成年度任務的93.3%；安置住房基本建成1380套，已交付使用860套。1-9月累計發放租賃補貼10950戶次、補貼資金1538萬元，惠及保障家庭3650戶。",
    targets=[M("1200戶", 1200, "戶", "城鎮危舊房屋改造"),
             M("1500套", 1500, "套", "基本建成安置住房"),
             M("4000戶", 4000, "戶", "發放住房保障家庭租賃補貼")],
    actuals=[M("1264戶", 1264, "戶", "徵收簽約", period="截至9月底"),
             M("1120戶", 1120, "戶", "拆除危舊房屋", period="截至9月底"),
             M("93.3%", 93.3, "%", "完成年度任務的(比例)", period="截至9月底"),
             M("1380套", 1380, "套", "基本建成安置住房", period="截至9月底"),
             M("860套", 860, "套", "交付使用安置住房", period="截至9月底"),
             M("10950戶次", 10950, "戶次", "累計發放租賃補貼(payments)", period="1-9月"),
             M("1538萬元", 1538, "萬元", "補貼資金", period="1-9月"),
             M("3650戶", 3650, "戶", "惠及保障家庭", period="1-9月")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a8"])],
    note="Traditional characters. The stated share 93.3% = 1120/1200 shows that 拆除 is the count of 改造 done: 0.9333; 簽約1264 is an earlier step (would-be 1.0533). 1380/1500 = 0.92 (交付860 is a later stage). The subsidy target counts households: 3650/4000 = 0.9125; 10950戶次 counts payments (would-be 2.7375).")

# 39 绿色社区 (nothing answers): candidates recommended for provincial naming and a forecast share
row("市住房城乡建设局、市生态环境局、各区人民政府",
    "创建省级绿色社区50个，城市社区绿色社区创建达标比例达到70%。",
    "按照省住房城乡建设厅统一部署，全市已完成绿色社区创建自评和区级初审，向省里推荐上报绿色社区56个，计划于11月由省住房城乡建设厅组织验收后统一命名；届时全市绿色社区创建达标比例可提升至72%左右。",
    targets=[M("50个", 50, "个", "创建省级绿色社区"),
             M("70%", 70, "%", "绿色社区创建达标比例")],
    actuals=[M("56个", 56, "个", "推荐上报绿色社区(candidates)"),
             M("72%", 72, "%", "届时创建达标比例(forecast)")],
    pairs=[],
    note="Nothing answers: the 56 communities are only recommended and await the province's acceptance and naming (would-be 1.12); 72%左右 is what the share will be 届时, a forecast (would-be 1.0286). 11月 is a date.")

# 40 违法建设 (full-width digits): area with 存量 + 新增 parts, a rate short with its rise; 零增长 has no number
P = "截至９月底"
row("市城市管理综合执法局、市自然资源和规划局、各区人民政府",
    "拆除违法建设１２０万平方米，存量违法建设治理率达到９５％以上，新增违法建设实现“零增长”。",
    "截至９月底，全市累计拆除违法建设１０８．６万平方米，其中拆除存量违法建设９６．２万平方米、新增违法建设１２．４万平方米，新增违建做到发现即拆、当月清零；存量违法建设治理率９３．８％，较年初提高６．５个百分点。",
    targets=[M("１２０万平方米", 120, "万平方米", "拆除违法建设"),
             M("９５％", 95, "%", "存量违法建设治理率", bound="min")],
    actuals=[M("１０８．６万平方米", 108.6, "万平方米", "累计拆除违法建设", period=P),
             M("９６．２万平方米", 96.2, "万平方米", "拆除存量违法建设", period=P),
             M("１２．４万平方米", 12.4, "万平方米", "拆除新增违法建设", period=P),
             M("９３．８％", 93.8, "%", "存量违法建设治理率", period=P),
             M("６．５个百分点", 6.5, "个百分点", "治理率较年初提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Full-width digits. 累计 since the start of the year: 108.6/120 = 0.905 (96.2 + 12.4 are its parts). 93.8/95 = 0.9874. 零增长 is a target only in words (and 12.4万平方米 of new illegal building were found and demolished).")


probe.write(Path(__file__).with_name("probe-urban.gold.jsonl"))
