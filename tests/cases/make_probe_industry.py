"""Writes probe-industry.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a prefecture-level
city's 2025 key-work progress table (as of the end of September) for industry, investment and
enterprise growth: the task is the year's target of the 经信局/工信局, 发改局, 商务局, 投促中心,
科技局, 自然资源和规划局, 数据局, 市场监管局, 应急管理局, 税务局, 金融办, the development zones and
others (规上工业增加值 growth and 贡献率, 工业/制造业/技改投资 growth and shares, 超亿元 制造业项目
新开工/竣工投产 with a 10亿元以上 part, 招商引资 签约项目/协议投资/到位资金, 实际使用外资 亿美元 vs
万美元 and 外资企业, 新增规上工业企业 and 小升规, 专精特新 小巨人/省级 and 单项冠军, 高新技术企业 净增
and 总数, 研发经费 growth and 强度, 数字经济核心产业 营收, 工业用地 亩 and 亩均税收, 低效用地再开发 and
批而未供/闲置土地, 标准厂房 万平方米, 用电量 亿千瓦时, 技改项目/设备更新/超长期特别国债, 智能工厂/
数字化车间 by level, 上市/新三板/区域股权市场挂牌, 个转企 and 经营主体, 产业链 链主 and 配套企业,
首台(套) and 工业设计中心, 能耗 reductions and an energy cap, 工贸安全 隐患 and 事故 reductions, 市级重点
产业项目 investment, multi-year 十亿元以上 project series, 开发区 产值 and 外资 shares, 绿色工厂 and
节能诊断, 民间投资, 奖补资金 兑现, “标准地”/“拿地即开工”/审批时限, 超十亿元 企业 and 瞪羚, 招商活动
场/批次, 智改数转 projects and 诊断, 规上工业 营收/利润/亏损面, 本地配套率, 超亿元/超10亿元 企业 and
工业税收).

The progress is what was reported (截至9月底 / 1-9月 / 前三季度 / 今年以来 / 上半年 / 1-8月 periods; a
2024年以来 cumulative series). Gold decisions, row by row in the notes; the rules used throughout:
- A value answers a target when it measures the same thing at the same or a stricter status for
  this year (or for the task's multi-year window when the task sets one, row 26). 9-month amounts
  answer annual amounts as progress so far (ratio < 1 is expected).
- Completion shares (完成年度目标的X%, 开工率) are actuals of their own and never pair with the
  count/amount target; the amount they are computed from does.
- Candidates do not answer a target to create or recognise something: 正在公示 (rows 8, 20),
  通过上市委审议待注册 (17), 已通过省级推荐/上报待评审 (7, 28, 35), 入选揭榜单位 (16), 已申报 (15, 35),
  已下达处置决定书 (12), 已完成设备安装试生产 (3), 主体封顶 (13), 在谈/意向书 (4, 26), 已签约未设立
  (5), 入库培育名单 (6). Forecasts for the year (预计全年, 预计年底, 年内预计) do not answer (9, 13, 21,
  36, 40); an estimate for an elapsed period (前三季度预计…左右, 初步测算 上半年) does (21, 40).
- A narrower or broader measure does not answer: 规上工业企业研发费用 for 全社会研发经费 (9),
  开竣工合计 for 新开工 (3), the stock 累计 for 净增 (8), 今年新晋 for a level (19), the since-start
  cumulative investment for the annual plan (23), a 省级 centre for a 国家级 target (35), 土地征收
  for 供地 (36), a per-chain target from a total over 12 chains (19).
- A target stated only in words in the progress (全部按“标准地”, 各产业链均完成) stays unpaired (19, 31);
  a share the reader could compute but the text does not state stays unpaired (14).
- Sums of parts: 批而未供 + 闲置 (12), 省级 + 国家级 工业设计中心 (20), two diagnosis providers (34),
  各12家 over two zones plus the remaining counties (39). Parts listed under a reported total (其中)
  are not added again.
- A growth target answered by a fall gets a negative ratio (10); reductions pair with reductions
  (21, 22); caps are answered above (37: 亏损面) and below (21, 31).
- A changed target (调整为33个, row 25) keeps the ratio against the original target; restated targets
  (按照年初确定的…45%的目标, row 38; 260个 restated in 23) are actuals that do not answer.
- 分别 lists in the progress are mapped in progress order (16, 22, 24), which differs from the task
  order in 24.
Rows 8, 16, 26, 27 and 28 are in traditional characters; rows 5, 30 and 31 use full-width digits
(with full-width punctuation); rows 18, 32 and 33 use Chinese numerals (18 also 百分之五点二).
Rows 35 and 36 pair nothing.

Class thresholds without digits (超亿元, 超百亿元/百億元, 超十亿元/十億元) are annotated with value 1, 100
or 10 and unit 亿元/億元, as `other` in the task and as actuals in the progress. Deliberately left
unannotated (the script lists them): years and dates (2024, 2025, 2024—2026年, 9月, 11月, 12月, 9月数据),
periods (1-9月, 1-8月, 截至9月底, 前三季度…), ranks (居全省第3位, 列第57位, 前移9位), ordinals and batch
labels (第七批, 第一批, 第三批), the names 民营企业500强 / 500强榜单, the phase label 一期, 点 in 重点项目
(a word the numeral scanner lists), and the labels 三大主导产业 / 三大产业, “双招双引”, “智改数转网联”, “链长+链主”, “免申即享”.
Run: cd tests/cases && python make_probe_industry.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe27")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Industry, investment and enterprise growth: a city's 2025 key-work table (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 规上工业增加值 (ordinary): growth over target, a gap to the province, two sector growths, a contribution rate
P = "1-9月"
row("市经信局、市统计局、各县(市、区)人民政府",
    "全市规上工业增加值增长7.5%以上,工业对经济增长贡献率达到40%。",
    "1-9月,全市规上工业增加值同比增长8.1%,高于全省平均水平1.6个百分点,居全省第3位;其中装备制造业增加值增长12.4%,高技术制造业增加值增长15.2%。工业对经济增长的贡献率为42.6%。",
    targets=[M("7.5%", 7.5, "%", "规上工业增加值增长", kind="growth", bound="min"),
             M("40%", 40, "%", "工业对经济增长贡献率")],
    actuals=[M("8.1%", 8.1, "%", "规上工业增加值同比增长", kind="growth", period=P),
             M("1.6个百分点", 1.6, "个百分点", "增速高于全省平均水平(差距)", period=P),
             M("12.4%", 12.4, "%", "装备制造业增加值增长", kind="growth", period=P),
             M("15.2%", 15.2, "%", "高技术制造业增加值增长", kind="growth", period=P),
             M("42.6%", 42.6, "%", "工业对经济增长的贡献率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="8.1/7.5 = 1.08; 42.6/40 = 1.065. The 1.6个百分点 is a gap to the province average, not a change over time (kind level); the sector growths are parts without target. 第3位 is a rank.")

# 2 工业投资 (ordinary): three growth targets answered in kind, a share target just short, a share of technical renovation beside it
P = "前三季度"
row("市发改局、市经信局、市统计局",
    "工业投资增长10%,其中制造业投资增长12%、技术改造投资增长15%以上;工业投资占固定资产投资比重达到35%。",
    "前三季度,全市工业投资同比增长9.2%,制造业投资增长13.5%,工业技改投资同比增长16.8%,占工业投资的比重为46.3%;工业投资占全市固定资产投资的比重为33.9%,较上年同期提高2.1个百分点。",
    targets=[M("10%", 10, "%", "工业投资增长", kind="growth"),
             M("12%", 12, "%", "制造业投资增长", kind="growth"),
             M("15%", 15, "%", "技术改造投资增长", kind="growth", bound="min"),
             M("35%", 35, "%", "工业投资占固定资产投资比重")],
    actuals=[M("9.2%", 9.2, "%", "工业投资同比增长", kind="growth", period=P),
             M("13.5%", 13.5, "%", "制造业投资增长", kind="growth", period=P),
             M("16.8%", 16.8, "%", "工业技改投资同比增长", kind="growth", period=P),
             M("46.3%", 46.3, "%", "技改投资占工业投资比重", period=P),
             M("33.9%", 33.9, "%", "工业投资占固定资产投资比重", period=P),
             M("2.1个百分点", 2.1, "个百分点", "比重较上年同期提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a5"])],
    note="9.2/10 = 0.92; 13.5/12 = 1.125; 16.8/15 = 1.12; 33.9/35 = 0.9686. The technical-renovation share 46.3% of industrial investment is another share (no target); the 2.1个百分点 rise has no growth target.")

# 3 制造业项目: 新开工 with a 10亿元以上 part, 竣工投产 short with trial-production candidates, 开竣工 aggregate, a completion share
P = "截至9月底"
row("市发改局、市投促中心、各县(市、区)人民政府",
    "全年新开工超亿元制造业项目120个(其中10亿元以上项目15个),竣工投产超亿元制造业项目80个。",
    "截至9月底,全市新开工超亿元制造业项目103个,其中10亿元以上项目13个,完成年度目标的85.8%;竣工投产超亿元制造业项目58个,另有21个项目已完成设备安装进入试生产阶段,预计四季度可全部投产;全市开竣工超亿元制造业项目合计161个。",
    targets=[M("120个", 120, "个", "新开工超亿元制造业项目"),
             M("15个", 15, "个", "新开工10亿元以上项目"),
             M("80个", 80, "个", "竣工投产超亿元制造业项目")],
    other=[O("超亿元", 1, "亿元", "class threshold (超亿元制造业项目)", nth=0),
           O("10亿元", 10, "亿元", "class threshold (10亿元以上项目)"),
           O("超亿元", 1, "亿元", "class threshold (超亿元制造业项目)", nth=1)],
    actuals=[M("超亿元", 1, "亿元", "超亿元制造业项目(class threshold)", nth=0),
             M("103个", 103, "个", "新开工超亿元制造业项目", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class threshold)"),
             M("13个", 13, "个", "新开工10亿元以上项目", period=P),
             M("85.8%", 85.8, "%", "完成年度目标的(比例)", period=P),
             M("超亿元", 1, "亿元", "超亿元制造业项目(class threshold)", nth=1),
             M("58个", 58, "个", "竣工投产超亿元制造业项目", period=P),
             M("21个", 21, "个", "进入试生产项目(candidates)", period=P),
             M("超亿元", 1, "亿元", "超亿元制造业项目(class threshold)", nth=2),
             M("161个", 161, "个", "开竣工超亿元制造业项目合计(aggregate)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="103/120 = 0.8583 (the stated 85.8% is a share); the 10亿元以上 part 13/15 = 0.8667. 竣工投产 58/80 = 0.725; the 21 in trial production are expected to start production in 四季度 (would-be sum 0.9875). 开竣工合计161个 is a broader aggregate (103 + 58) and answers neither target. 四季度 is a period label.")

# 4 招商引资 (ordinary): signed projects and agreed investment short, a manufacturing share over its floor, arrived funds with a share
row("市投促中心、市商务局、各县(市、区)人民政府、各开发区管委会",
    "全年招商引资新签约超亿元项目300个、协议总投资1500亿元,其中制造业项目占比不低于60%;实际到位市外资金800亿元。",
    "今年以来,全市新签约超亿元项目246个,协议总投资1286亿元,其中制造业项目158个,占64.2%;另有在谈重点项目62个。1-9月实际到位市外资金612.5亿元,同比增长7.3%,完成年度目标的76.6%。",
    targets=[M("300个", 300, "个", "新签约超亿元项目"),
             M("1500亿元", 1500, "亿元", "协议总投资"),
             M("60%", 60, "%", "制造业项目占比", bound="min"),
             M("800亿元", 800, "亿元", "实际到位市外资金")],
    other=[O("超亿元", 1, "亿元", "class threshold (超亿元项目)")],
    actuals=[M("超亿元", 1, "亿元", "超亿元项目(class threshold)"),
             M("246个", 246, "个", "新签约超亿元项目", period="今年以来"),
             M("1286亿元", 1286, "亿元", "协议总投资", period="今年以来"),
             M("158个", 158, "个", "签约制造业项目", period="今年以来"),
             M("64.2%", 64.2, "%", "制造业项目占比", period="今年以来"),
             M("62个", 62, "个", "在谈重点项目(candidates)"),
             M("612.5亿元", 612.5, "亿元", "实际到位市外资金", period="1-9月"),
             M("7.3%", 7.3, "%", "到位资金同比增长", kind="growth", period="1-9月"),
             M("76.6%", 76.6, "%", "完成年度目标的(比例)", period="1-9月")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="246/300 = 0.82; 1286/1500 = 0.8573; the share 64.2/60 = 1.07 (158 is its numerator). 612.5/800 = 0.7656 (76.6% is the stated share). Projects under negotiation do not count; the growth 7.3% has no target.")

# 5 实际使用外资 (full-width digits): 万美元 answering 亿美元, new foreign firms with a manufacturing part, signed projects not yet registered
P = "１-９月"
row("市商务局、市投促中心",
    "实际使用外资达到３．５亿美元，新设外商投资企业６０家，其中制造业企业不少于２０家。",
    "１-９月，全市实际使用外资２６８００万美元，同比增长４．６％，完成年度目标的７６．６％；新设外商投资企业４７家，其中制造业企业１８家；另有３个外资项目已完成签约，正在办理设立登记。",
    targets=[M("３．５亿美元", 3.5, "亿美元", "实际使用外资"),
             M("６０家", 60, "家", "新设外商投资企业"),
             M("２０家", 20, "家", "新设外资制造业企业", bound="min")],
    actuals=[M("２６８００万美元", 26800, "万美元", "实际使用外资", period=P),
             M("４．６％", 4.6, "%", "实际使用外资同比增长", kind="growth", period=P),
             M("７６．６％", 76.6, "%", "完成年度目标的(比例)", period=P),
             M("４７家", 47, "家", "新设外商投资企业", period=P),
             M("１８家", 18, "家", "新设外资制造业企业", period=P),
             M("３个", 3, "个", "已签约未登记外资项目(candidates)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Full-width digits. 26800万美元 against 3.5亿美元 after converting 万/亿: 0.7657 (the stated 76.6% is a share). 47/60 = 0.7833; 18/20 = 0.9. The 3 signed projects are not yet set up and do not count.")

# 6 新增规上工业企业 (ordinary): total with a 小升规 part, a part without target, candidates on the cultivation list, the 2000万元 threshold
P = "截至9月底"
row("市经信局、市统计局、各县(市、区)人民政府",
    "新增规模以上工业企业200家以上,其中“小升规”企业150家。",
    "截至9月底,全市新增规上工业企业168家,其中通过“小升规”新增132家、新建投产达规36家;另有45家企业1-9月营业收入已超过2000万元,已纳入入库培育名单,预计年底前可完成申报入库。",
    targets=[M("200家", 200, "家", "新增规模以上工业企业", bound="min"),
             M("150家", 150, "家", "“小升规”企业")],
    actuals=[M("168家", 168, "家", "新增规上工业企业", period=P),
             M("132家", 132, "家", "通过“小升规”新增", period=P),
             M("36家", 36, "家", "新建投产达规企业", period=P),
             M("45家", 45, "家", "入库培育企业(candidates)", period=P),
             M("2000万元", 2000, "万元", "规上工业营业收入门槛(class threshold)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="168/200 = 0.84 (132 + 36 are its parts); 小升规 132/150 = 0.88. The 45 on the cultivation list are expected to enter the statistics by year end (would-be sum 1.065). 2000万元 is the size threshold.")

# 7 专精特新/单项冠军: 今年 vs stock for 省级, 小巨人 recognised plus candidates under review, 单项冠军 only recommended (nth inside 112家)
row("市经信局、市科技局",
    "新增国家级专精特新“小巨人”企业10家、省级专精特新中小企业100家,新增国家级制造业单项冠军企业(产品)2个。",
    "今年新认定省级专精特新中小企业112家,累计达486家;工信部公布的第七批国家级专精特新“小巨人”企业名单中,我市入选9家,另有4家通过省级推荐正在国家部委复核;单项冠军方面,2家企业已通过省级推荐上报工信部,待评审。",
    targets=[M("10家", 10, "家", "新增国家级专精特新“小巨人”企业"),
             M("100家", 100, "家", "新增省级专精特新中小企业"),
             M("2个", 2, "个", "新增国家级制造业单项冠军企业(产品)")],
    actuals=[M("112家", 112, "家", "今年新认定省级专精特新中小企业", period="今年"),
             M("486家", 486, "家", "累计省级专精特新中小企业(stock)"),
             M("9家", 9, "家", "入选国家级“小巨人”企业"),
             M("4家", 4, "家", "国家部委复核中企业(candidates)"),
             M("2家", 2, "家", "上报待评审单项冠军企业(candidates)", nth=1)],
    pairs=[("t1", ["a3"]), ("t2", ["a1"])],
    note="小巨人 9/10 = 0.9 (published list); the 4 under ministry review do not count (would-be sum 1.3). 省级 this year 112/100 = 1.12; the stock 486家 does not answer. The 2 单项冠军 only recommended and awaiting review are candidates: t3 unpaired (would-be 1.0; 家 and 个 count the same winners). 第七批 is a batch label; '2家' nth 0 lies inside '112家'.")

# 8 高新技術企業 (traditional): net increase and stock answered, applications and a batch in public notice are candidates
P = "截至9月底"
row("市科技局、市稅務局、各縣(市、區)人民政府",
    "高新技術企業淨增150家、總數突破1200家,科技型中小企業入庫評價2000家以上。",
    "2025年第一批高新技術企業認定中,全市申報312家,已通過專家評審並公示218家,待公示期滿後正式認定;截至9月底,全市有效期內高新技術企業1136家,較上年末淨增96家;科技型中小企業入庫評價2265家,同比增長18.4%。",
    targets=[M("150家", 150, "家", "高新技術企業淨增"),
             M("1200家", 1200, "家", "高新技術企業總數", bound="min"),
             M("2000家", 2000, "家", "科技型中小企業入庫評價", bound="min")],
    actuals=[M("312家", 312, "家", "第一批申報高新技術企業(candidates)"),
             M("218家", 218, "家", "通過評審正在公示企業(candidates)"),
             M("1136家", 1136, "家", "有效期內高新技術企業(總數)", period=P),
             M("96家", 96, "家", "較上年末淨增高新技術企業", period=P),
             M("2265家", 2265, "家", "科技型中小企業入庫評價", period=P),
             M("18.4%", 18.4, "%", "入庫評價同比增長", kind="growth", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. 淨增 96/150 = 0.64 and the stock 1136/1200 = 0.9467 answer their own targets (the stock does not answer the net increase). The 218 in public notice are candidates (not yet in the stock; would-be net 314 = 2.0933); 312 applications likewise. 2265/2000 = 1.1325. 第一批 is a batch label, 2025年 a year.")

# 9 研发经费 (narrower measure, forecast): 规上工业企业研发费用 growth does not answer 全社会 growth, the intensity is a year forecast, coverage answers
P = "截至9月底"
row("市科技局、市统计局、市财政局",
    "全社会研发经费投入增长12%以上,研发经费投入强度达到2.6%,规上工业企业研发机构覆盖率达到45%。",
    "据统计部门初步测算,上半年全市规上工业企业研发费用同比增长13.6%;全社会研发经费投入强度预计全年可达2.58%,较上年提高0.12个百分点。截至9月底,全市规上工业企业建有研发机构1862家,覆盖率46.2%。",
    targets=[M("12%", 12, "%", "全社会研发经费投入增长", kind="growth", bound="min"),
             M("2.6%", 2.6, "%", "研发经费投入强度"),
             M("45%", 45, "%", "规上工业企业研发机构覆盖率")],
    actuals=[M("13.6%", 13.6, "%", "规上工业企业研发费用同比增长", kind="growth", period="上半年"),
             M("2.58%", 2.58, "%", "预计全年研发经费投入强度(forecast)", period="全年"),
             M("0.12个百分点", 0.12, "个百分点", "预计强度较上年提高(forecast)", kind="growth", period="全年"),
             M("1862家", 1862, "家", "建有研发机构规上工业企业", period=P),
             M("46.2%", 46.2, "%", "研发机构覆盖率", period=P)],
    pairs=[("t3", ["a5"])],
    note="规上工业企业研发费用 is a narrower measure than 全社会研发经费: t1 unpaired (would-be 1.1333). The intensity 2.58% is a full-year forecast: t2 unpaired (would-be 0.9923). Coverage 46.2/45 = 1.0267 (1862家 is its numerator).")

# 10 数字经济 (growth answered by a fall): revenue short, 同比下降 gives a negative ratio, a software part with its growth, demonstration firms
P = "1-9月"
row("市数据局、市经信局、市统计局",
    "数字经济核心产业营业收入突破800亿元,增长10%;新增数字化转型示范企业30家。",
    "1-9月,全市数字经济核心产业实现营业收入568.3亿元,同比下降2.4%,主要受电子元器件行业订单回落影响,其中软件和信息技术服务业收入132.6亿元,增长11.8%;新认定市级数字化转型示范企业32家。",
    targets=[M("800亿元", 800, "亿元", "数字经济核心产业营业收入", bound="min"),
             M("10%", 10, "%", "数字经济核心产业营业收入增长", kind="growth"),
             M("30家", 30, "家", "新增数字化转型示范企业")],
    actuals=[M("568.3亿元", 568.3, "亿元", "数字经济核心产业营业收入", period=P),
             M("2.4%", 2.4, "%", "营业收入同比下降", kind="reduction", period=P),
             M("132.6亿元", 132.6, "亿元", "软件和信息技术服务业收入", period=P),
             M("11.8%", 11.8, "%", "软件和信息技术服务业收入增长", kind="growth", period=P),
             M("32家", 32, "家", "新认定市级数字化转型示范企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="568.3/800 = 0.7104. The growth target is answered by a fall: -2.4/10 = -0.24 (signed). The software part's growth 11.8% is a part's rate and does not answer the whole. 32/30 = 1.0667.")

# 11 工业用地 (ordinary): land supply with a 标准地 part and share, 9-month 亩均税收 answering the annual level, two growths
P = "截至9月底"
row("市自然资源和规划局、市经信局、市税务局",
    "全年供应工业用地6000亩以上,规上工业企业亩均税收达到30万元,亩均增加值增长8%。",
    "截至9月底,全市累计供应工业用地4862亩,其中“标准地”出让3215亩,占66.1%;1-9月规上工业企业亩均税收22.6万元,同比增长5.3%,亩均增加值同比增长8.9%。",
    targets=[M("6000亩", 6000, "亩", "供应工业用地", bound="min"),
             M("30万元", 30, "万元", "规上工业企业亩均税收"),
             M("8%", 8, "%", "亩均增加值增长", kind="growth")],
    actuals=[M("4862亩", 4862, "亩", "累计供应工业用地", period=P),
             M("3215亩", 3215, "亩", "“标准地”出让", period=P),
             M("66.1%", 66.1, "%", "“标准地”占比", period=P),
             M("22.6万元", 22.6, "万元", "规上工业企业亩均税收", period="1-9月"),
             M("5.3%", 5.3, "%", "亩均税收同比增长", kind="growth", period="1-9月"),
             M("8.9%", 8.9, "%", "亩均增加值同比增长", kind="growth", period="1-9月")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="累计 under 截至9月底 is this year's supply: 4862/6000 = 0.8103. 亩均税收 accumulates over the year: 22.6/30 = 0.7533 for 1-9月. 8.9/8 = 1.1125; the tax growth 5.3% has no growth target.")

# 12 低效用地 (sum of parts): redevelopment answered by the total (parts beside), 批而未供 + 闲置 summed, a disposal decision is a candidate
P = "今年以来"
row("市自然资源和规划局、市经信局、各县(市、区)人民政府",
    "完成低效工业用地再开发3000亩,盘活批而未供和闲置土地2000亩。",
    "今年以来,全市完成低效工业用地再开发2650亩,其中“腾笼换鸟”收回再出让1180亩、企业自主提容增效1470亩;消化批而未供土地1320亩、处置闲置土地460亩,另有闲置土地380亩已下达处置决定书,正在办理收回手续。",
    targets=[M("3000亩", 3000, "亩", "低效工业用地再开发"),
             M("2000亩", 2000, "亩", "盘活批而未供和闲置土地")],
    actuals=[M("2650亩", 2650, "亩", "完成低效工业用地再开发", period=P),
             M("1180亩", 1180, "亩", "“腾笼换鸟”收回再出让", period=P),
             M("1470亩", 1470, "亩", "企业自主提容增效", period=P),
             M("1320亩", 1320, "亩", "消化批而未供土地", period=P),
             M("460亩", 460, "亩", "处置闲置土地", period=P),
             M("380亩", 380, "亩", "已下达处置决定书闲置土地(candidate)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4", "a5"])],
    note="2650/3000 = 0.8833 (1180 + 1470 are its parts). The combined 盘活 target is met by its two parts: 1320 + 460 = 1780亩 (combine sum, 0.89); the 380亩 still being taken back do not count (would-be sum 1.08).")

# 13 标准厂房: 开工 vs 竣工, a 工业上楼 part, a topped-out remainder (forecast), new tenants, an occupancy rate without target
P = "截至9月底"
row("市经信局、各开发区管委会、市城投集团",
    "新开工建设标准厂房150万平方米,建成标准厂房100万平方米,新增入驻企业200家。",
    "截至9月底,全市新开工标准厂房132.4万平方米,其中高标准多层厂房(“工业上楼”)58.6万平方米;已竣工标准厂房76.8万平方米,另有41.2万平方米主体封顶,预计年底前竣工;新入驻企业163家,厂房出租率达到82.5%。",
    targets=[M("150万平方米", 150, "万平方米", "新开工建设标准厂房"),
             M("100万平方米", 100, "万平方米", "建成标准厂房"),
             M("200家", 200, "家", "新增入驻企业")],
    actuals=[M("132.4万平方米", 132.4, "万平方米", "新开工标准厂房", period=P),
             M("58.6万平方米", 58.6, "万平方米", "高标准多层厂房", period=P),
             M("76.8万平方米", 76.8, "万平方米", "已竣工标准厂房", period=P),
             M("41.2万平方米", 41.2, "万平方米", "主体封顶厂房(forecast)", period=P),
             M("163家", 163, "家", "新入驻企业", period=P),
             M("82.5%", 82.5, "%", "厂房出租率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="132.4/150 = 0.8827; 竣工 76.8/100 = 0.768, the 41.2 topped out are expected by year end (would-be sum 1.18). 163/200 = 0.815. The occupancy rate has no target.")

# 14 用电量: two growths answered, a manufacturing share the text does not state (computable only), industrial share of all use beside
P = "1-9月"
row("市发改局(市能源局)、国网市供电公司、市经信局",
    "全社会用电量增长6%,其中工业用电量增长7%以上,制造业用电量占工业用电量比重保持在80%以上。",
    "1-9月,全市全社会用电量326.8亿千瓦时,同比增长6.4%;工业用电量228.5亿千瓦时,增长7.9%,占全社会用电量的69.9%;其中制造业用电量191.2亿千瓦时,增长8.6%。",
    targets=[M("6%", 6, "%", "全社会用电量增长", kind="growth"),
             M("7%", 7, "%", "工业用电量增长", kind="growth", bound="min"),
             M("80%", 80, "%", "制造业用电量占工业用电量比重", bound="min")],
    actuals=[M("326.8亿千瓦时", 326.8, "亿千瓦时", "全社会用电量", period=P),
             M("6.4%", 6.4, "%", "全社会用电量同比增长", kind="growth", period=P),
             M("228.5亿千瓦时", 228.5, "亿千瓦时", "工业用电量", period=P),
             M("7.9%", 7.9, "%", "工业用电量增长", kind="growth", period=P),
             M("69.9%", 69.9, "%", "工业用电量占全社会用电量比重", period=P),
             M("191.2亿千瓦时", 191.2, "亿千瓦时", "制造业用电量", period=P),
             M("8.6%", 8.6, "%", "制造业用电量增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="6.4/6 = 1.0667; 7.9/7 = 1.1286. The manufacturing share of industrial use is not stated: it can be computed (191.2/228.5 = 83.7%, would-be 1.0461) but t3 is unpaired; 69.9% is the share of all use, another measure.")

# 15 技改与设备更新: projects in the library with parts, equipment investment short, bond projects approved vs applied (两批 a count, 第三批 an ordinal)
P = "1-9月"
row("市经信局、市发改局、市财政局",
    "实施500万元以上工业技改项目400个,推动规上工业企业设备更新投资达到120亿元,争取超长期特别国债和中央预算内资金支持设备更新项目30个。",
    "1-9月,全市在库500万元以上工业技改项目428个,其中新开工项目263个、续建项目165个,完成技改投资186.4亿元;规上工业企业完成设备购置更新投资96.8亿元,同比增长21.5%;两批超长期特别国债设备更新项目共获批27个、资金4.36亿元,另有6个项目已申报第三批。",
    targets=[M("400个", 400, "个", "500万元以上工业技改项目"),
             M("120亿元", 120, "亿元", "规上工业企业设备更新投资"),
             M("30个", 30, "个", "获支持设备更新项目")],
    other=[O("500万元", 500, "万元", "class threshold (500万元以上工业技改项目)")],
    actuals=[M("500万元", 500, "万元", "工业技改项目门槛(class threshold)"),
             M("428个", 428, "个", "在库500万元以上工业技改项目", period=P),
             M("263个", 263, "个", "新开工技改项目", period=P),
             M("165个", 165, "个", "续建技改项目", period=P),
             M("186.4亿元", 186.4, "亿元", "完成技改投资", period=P),
             M("96.8亿元", 96.8, "亿元", "设备购置更新投资", period=P),
             M("21.5%", 21.5, "%", "设备购置更新投资同比增长", kind="growth", period=P),
             M("两批", 2, "批", "超长期特别国债批次", period=P),
             M("27个", 27, "个", "获批设备更新项目", period=P),
             M("4.36亿元", 4.36, "亿元", "获批国债资金", period=P),
             M("6个", 6, "个", "已申报第三批项目(candidates)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a9"])],
    note="实施 projects are those in the library this year: 428/400 = 1.07 (263 + 165 its parts). 设备更新 96.8/120 = 0.8067; 186.4亿元 is all technical-renovation investment, a broader measure. 27/30 = 0.9; the 6 applied for the 第三批 are candidates (would-be sum 1.1). 两批 counts batches; 第三批 is an ordinal.")

# 16 智能工廠/數字化車間 (traditional): a 分別 pair answered, 市級 workshops beside, a 揭榜 selection is not a 示範工廠
row("市經信局、市數據局",
    "新增省級智能工廠10家、省級數字化車間50個,創建國家級智能製造示範工廠1家以上。",
    "今年新認定省級智能工廠、數字化車間分別為12家、46個;另有市級數字化車間78個完成評審;1家企業入選國家級智能製造示範工廠揭榜單位,正在建設中。",
    targets=[M("10家", 10, "家", "新增省級智能工廠"),
             M("50個", 50, "個", "新增省級數字化車間"),
             M("1家", 1, "家", "創建國家級智能製造示範工廠", bound="min")],
    actuals=[M("12家", 12, "家", "新認定省級智能工廠", period="今年"),
             M("46個", 46, "個", "新認定省級數字化車間", period="今年"),
             M("78個", 78, "個", "完成評審市級數字化車間"),
             M("1家", 1, "家", "入選示範工廠揭榜單位(candidate)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Traditional characters. 分別 maps 12家 to 智能工廠 (1.2) and 46個 to 數字化車間 (0.92). 市級 workshops are another level. A 揭榜單位 is selected to build a demonstration factory, not yet recognised as one: t3 unpaired (would-be 1.0).")

# 17 企业上市: listings with two parts, candidates awaiting registration and in tutoring (nth inside 126家), NEEQ short, regional market over
P = "今年以来"
row("市委金融办、市国资委、各县(市、区)人民政府",
    "新增境内外上市企业5家,新增新三板挂牌企业8家,新增省区域性股权市场挂牌企业100家。",
    "今年以来,全市新增上市企业2家(沪市主板1家、北交所1家),另有3家企业已通过交易所上市委审议,正在等待证监会注册,6家企业在辅导备案;新三板新增挂牌企业5家;省区域性股权交易中心新增挂牌企业126家,其中“专精特新”专板38家。",
    targets=[M("5家", 5, "家", "新增境内外上市企业"),
             M("8家", 8, "家", "新增新三板挂牌企业"),
             M("100家", 100, "家", "新增省区域性股权市场挂牌企业")],
    actuals=[M("2家", 2, "家", "新增上市企业", period=P),
             M("1家", 1, "家", "沪市主板上市", nth=0, period=P),
             M("1家", 1, "家", "北交所上市", nth=1, period=P),
             M("3家", 3, "家", "通过上市委审议待注册企业(candidates)", period=P),
             M("6家", 6, "家", "辅导备案企业(candidates)", nth=0, period=P),
             M("5家", 5, "家", "新三板新增挂牌企业", period=P),
             M("126家", 126, "家", "区域性股权交易中心新增挂牌企业", period=P),
             M("38家", 38, "家", "“专精特新”专板挂牌", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="2/5 = 0.4 (1 + 1 its parts); the 3 that passed the listing committee await registration and the 6 in tutoring are candidates (would-be sum with the 3: 1.0). 新三板 5/8 = 0.625; 126/100 = 1.26 (38 a part). '6家' nth 1 lies inside '126家'.")

# 18 个转企 (Chinese numerals): 户 counts in Chinese numerals, 万户 answered by 万户, a growth in words-number 百分之五点二
P = "截至9月底"
row("市市场监管局、市税务局、各县(市、区)人民政府",
    "推动个体工商户转型升级为企业(“个转企”)一千二百户,新增经营主体八万户,其中新增企业两万户。",
    "截至9月底,全市完成“个转企”九百六十八户,完成年度任务的80.7%;新登记各类经营主体6.38万户,同比增长百分之五点二,其中新设企业1.74万户。",
    targets=[M("一千二百户", 1200, "户", "“个转企”"),
             M("八万户", 8, "万户", "新增经营主体"),
             M("两万户", 2, "万户", "新增企业")],
    actuals=[M("九百六十八户", 968, "户", "完成“个转企”", period=P),
             M("80.7%", 80.7, "%", "完成年度任务的(比例)", period=P),
             M("6.38万户", 6.38, "万户", "新登记各类经营主体", period=P),
             M("百分之五点二", 5.2, "%", "经营主体同比增长", kind="growth", period=P),
             M("1.74万户", 1.74, "万户", "新设企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Chinese numerals in the task and for 个转企. 968/1200 = 0.8067 (80.7% is the stated share); 6.38/8 = 0.7975; 1.74/2 = 0.87. 百分之五点二 is a growth of 5.2% with no growth target. “个转企” is a name.")

# 19 产业链 (level vs increment, per-chain target in words): 链主 stock answers a 达到 level, the per-chain floor only in words, chain output growth
row("市发改局、市经信局、各产业链链长办",
    "围绕12条重点产业链,营收超百亿元的链主企业达到10家,每条产业链新引进配套企业不少于5家,12条重点产业链规上工业产值增长10%以上。",
    "截至9月底,全市营收超百亿元的链主企业达到9家,其中今年新晋2家;12条重点产业链累计新引进配套企业86家,各产业链均完成年度引进任务;1-9月,12条重点产业链实现规上工业产值3862亿元,同比增长11.3%,占全市规上工业产值的比重为68.4%。",
    targets=[M("10家", 10, "家", "营收超百亿元的链主企业"),
             M("5家", 5, "家", "每条产业链新引进配套企业", bound="min"),
             M("10%", 10, "%", "重点产业链规上工业产值增长", kind="growth", bound="min")],
    other=[O("12条", 12, "条", "scope (重点产业链)", nth=0),
           O("超百亿元", 100, "亿元", "class threshold (营收超百亿元)"),
           O("12条", 12, "条", "scope (重点产业链)", nth=1)],
    actuals=[M("超百亿元", 100, "亿元", "营收超百亿元(class threshold)"),
             M("9家", 9, "家", "营收超百亿元链主企业", period="截至9月底"),
             M("2家", 2, "家", "今年新晋链主企业", period="今年"),
             M("12条", 12, "条", "重点产业链(scope)", nth=0),
             M("86家", 86, "家", "12条产业链累计新引进配套企业", period="截至9月底"),
             M("12条", 12, "条", "重点产业链(scope)", nth=1),
             M("3862亿元", 3862, "亿元", "重点产业链规上工业产值", period="1-9月"),
             M("11.3%", 11.3, "%", "产业链产值同比增长", kind="growth", period="1-9月"),
             M("68.4%", 68.4, "%", "产业链产值占全市规上工业产值比重", period="1-9月")],
    pairs=[("t1", ["a2"]), ("t3", ["a8"])],
    note="达到10家 is a level: the stock 9/10 = 0.9; this year's 2 newcomers are an increment and do not answer. The per-chain floor is answered only in words (各产业链均完成): t2 unpaired; 86家 is the total over 12 chains, another measure (would-be mean 7.17 per chain, 1.4333). 11.3/10 = 1.13.")

# 20 首台(套)/工业设计中心: 23 products in public notice (candidates), 省级 + 国家级 summed for 省级以上, the 国家级 part answered
row("市经信局、市科技局、市市场监管局",
    "认定省级首台(套)重大技术装备20项,新增省级以上工业设计中心8家,其中国家级1家。",
    "今年我市23项产品入围省级首台(套)重大技术装备推广应用指导目录,目前正在公示;已兑现上年度首台(套)奖补资金1860万元;新认定省级工业设计中心7家,国家级工业设计中心1家通过工信部复核,名单已正式公布。",
    targets=[M("20项", 20, "项", "认定省级首台(套)重大技术装备"),
             M("8家", 8, "家", "新增省级以上工业设计中心"),
             M("1家", 1, "家", "新增国家级工业设计中心")],
    actuals=[M("23项", 23, "项", "入围目录正在公示产品(candidates)", period="今年"),
             M("1860万元", 1860, "万元", "兑现上年度首台(套)奖补资金"),
             M("7家", 7, "家", "新认定省级工业设计中心"),
             M("1家", 1, "家", "国家级工业设计中心")],
    pairs=[("t2", ["a3", "a4"]), ("t3", ["a4"])],
    note="The 23 products are still in public notice: t1 unpaired (would-be 1.15). 省级以上 is met by the sum of its levels: 7 + 1 = 8 (combine sum, 1.0); the 国家级 part 1/1 = 1.0 (the published list). Last year's subsidy has no target. 首台(套) is a name, not a count.")

# 21 节能降耗: two reductions from a 上半年 estimate, a 1-9月 energy use under its cap, a full-year forecast, a use growth beside
row("市发改局、市经信局、市生态环境局",
    "单位GDP能耗下降3.2%,规上工业单位增加值能耗下降4%以上,规上工业能源消费总量控制在1850万吨标准煤以内。",
    "经初步测算,上半年全市单位GDP能耗同比下降3.5%,规上工业单位增加值能耗下降3.1%;1-9月全市规上工业综合能源消费量1368万吨标准煤,同比增长2.6%,预计全年1820万吨标准煤左右。",
    targets=[M("3.2%", 3.2, "%", "单位GDP能耗", kind="reduction"),
             M("4%", 4, "%", "规上工业单位增加值能耗", kind="reduction", bound="min"),
             M("1850万吨标准煤", 1850, "万吨标准煤", "规上工业能源消费总量", bound="max")],
    actuals=[M("3.5%", 3.5, "%", "单位GDP能耗同比下降", kind="reduction", period="上半年"),
             M("3.1%", 3.1, "%", "规上工业单位增加值能耗下降", kind="reduction", period="上半年"),
             M("1368万吨标准煤", 1368, "万吨标准煤", "规上工业综合能源消费量", period="1-9月"),
             M("2.6%", 2.6, "%", "能源消费量同比增长", kind="growth", period="1-9月"),
             M("1820万吨标准煤", 1820, "万吨标准煤", "预计全年能源消费量(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="The preliminary estimates for the elapsed half year answer: 3.5/3.2 = 1.0938, 3.1/4 = 0.775. The cap is answered by the 9-month amount, under it: 1368/1850 = 0.7395; the full-year 1820 is a forecast (would-be 0.9838). GDP is not a number.")

# 22 工贸安全: a rectification rate short, 分别 two reductions against two targets, renovations short with a part in construction
row("市应急管理局、市经信局、各县(市、区)人民政府",
    "深化工贸行业安全生产治本攻坚,重大事故隐患整改率达到100%,工矿商贸事故起数和死亡人数分别下降10%和8%,完成危化品企业安全改造提升30家。",
    "今年以来,全市排查工贸行业重大事故隐患326项,已整改312项,整改率95.7%,其余14项正在按期整改;1-9月全市发生工矿商贸事故18起、死亡19人,同比分别下降14.3%、5%;完成危化品企业安全改造提升24家,6家正在施工。",
    targets=[M("100%", 100, "%", "重大事故隐患整改率"),
             M("10%", 10, "%", "工矿商贸事故起数", kind="reduction"),
             M("8%", 8, "%", "工矿商贸事故死亡人数", kind="reduction"),
             M("30家", 30, "家", "危化品企业安全改造提升")],
    actuals=[M("326项", 326, "项", "排查重大事故隐患", period="今年以来"),
             M("312项", 312, "项", "已整改重大事故隐患", period="今年以来"),
             M("95.7%", 95.7, "%", "重大事故隐患整改率", period="今年以来"),
             M("14项", 14, "项", "正在整改隐患", period="今年以来"),
             M("18起", 18, "起", "工矿商贸事故起数", period="1-9月"),
             M("19人", 19, "人", "工矿商贸事故死亡人数", period="1-9月"),
             M("14.3%", 14.3, "%", "事故起数同比下降", kind="reduction", period="1-9月"),
             M("5%", 5, "%", "死亡人数同比下降", kind="reduction", period="1-9月"),
             M("24家", 24, "家", "完成危化品企业安全改造提升", period="1-9月"),
             M("6家", 6, "家", "正在施工改造企业", period="1-9月")],
    pairs=[("t1", ["a3"]), ("t2", ["a7"]), ("t3", ["a8"]), ("t4", ["a9"])],
    note="95.7/100 = 0.957 (312/326). 分别 maps the falls in order: 事故起数 14.3/10 = 1.43, 死亡人数 5/8 = 0.625. 24/30 = 0.8; the 6 in construction do not count.")

# 23 市级重点产业项目: the restated 260个 vs 238 started, this year's investment with a share, a 10亿元以上 part, the since-start cumulative beside
P = "截至9月底"
row("市发改局、市重点项目服务中心",
    "市级重点产业项目260个全部开工建设,年度计划投资680亿元,其中10亿元以上项目年度计划投资310亿元。",
    "截至9月底,260个市级重点产业项目已开工238个,开工率91.5%,累计完成投资563.2亿元,完成年度计划的82.8%;其中10亿元以上项目完成投资271.6亿元;项目自开工以来累计完成投资1286亿元。",
    targets=[M("260个", 260, "个", "市级重点产业项目开工建设"),
             M("680亿元", 680, "亿元", "年度计划投资"),
             M("310亿元", 310, "亿元", "10亿元以上项目年度计划投资")],
    other=[O("10亿元", 10, "亿元", "class threshold (10亿元以上项目)", nth=0)],
    actuals=[M("260个", 260, "个", "市级重点产业项目(scope, restated)"),
             M("238个", 238, "个", "已开工项目", period=P),
             M("91.5%", 91.5, "%", "开工率", period=P),
             M("563.2亿元", 563.2, "亿元", "今年累计完成投资", period=P),
             M("82.8%", 82.8, "%", "完成年度计划的(比例)", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class threshold)"),
             M("271.6亿元", 271.6, "亿元", "10亿元以上项目完成投资", period=P),
             M("1286亿元", 1286, "亿元", "自开工以来累计完成投资(multi-year)")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="260个 in the progress restates the list. 238/260 = 0.9154 (开工率 91.5% is the share). 累计 under 截至9月底 with 完成年度计划的82.8% is this year's: 563.2/680 = 0.8282; 271.6/310 = 0.8761. 自开工以来累计1286亿元 spans several years and does not answer (would-be 1.8912).")

# 24 招商 by industry: a 分别 list in the progress in another order than the task, a sum and share beside
P = "今年以来"
row("市投促中心、市经信局",
    "围绕新能源、新材料、高端装备三大主导产业精准招商,全年分别招引超亿元项目60个、40个、50个。",
    "今年以来,高端装备、新能源、新材料产业分别签约超亿元项目46个、58个、31个,三大产业合计135个,占全市签约超亿元项目的54.9%。",
    targets=[M("60个", 60, "个", "新能源产业招引超亿元项目"),
             M("40个", 40, "个", "新材料产业招引超亿元项目"),
             M("50个", 50, "个", "高端装备产业招引超亿元项目")],
    other=[O("超亿元", 1, "亿元", "class threshold (超亿元项目)")],
    actuals=[M("超亿元", 1, "亿元", "超亿元项目(class threshold)", nth=0),
             M("46个", 46, "个", "高端装备签约超亿元项目", period=P),
             M("58个", 58, "个", "新能源签约超亿元项目", period=P),
             M("31个", 31, "个", "新材料签约超亿元项目", period=P),
             M("135个", 135, "个", "三大产业签约超亿元项目合计", period=P),
             M("超亿元", 1, "亿元", "超亿元项目(class threshold)", nth=1),
             M("54.9%", 54.9, "%", "三大产业占全市签约超亿元项目比重", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a2"])],
    note="分别 follows the progress order (高端装备, 新能源, 新材料), not the task order: 新能源 58/60 = 0.9667, 新材料 31/40 = 0.775, 高端装备 46/50 = 0.92. 招引 is reported as 签约. The sum 135 and the share have no target. 三大 is a label.")

# 25 高新区: a changed target (ratio kept against 35), 竣工投产 and new output short, a share over target with its rise
P = "截至9月底"
row("市高新区管委会",
    "高新区全年竣工投产工业项目35个,新增工业产值100亿元以上,高新技术产业产值占规上工业产值比重达到70%。",
    "根据市重点项目调度会议安排,2个项目调整至市经开区实施,高新区年度竣工投产任务调整为33个。截至9月底,已竣工投产工业项目27个,新增工业产值68.5亿元;前三季度高新技术产业产值占规上工业产值比重为71.2%,同比提高1.8个百分点。",
    targets=[M("35个", 35, "个", "竣工投产工业项目"),
             M("100亿元", 100, "亿元", "新增工业产值", bound="min"),
             M("70%", 70, "%", "高新技术产业产值占规上工业产值比重")],
    actuals=[M("2个", 2, "个", "调整至经开区实施项目"),
             M("33个", 33, "个", "调整后竣工投产任务(changed target)"),
             M("27个", 27, "个", "已竣工投产工业项目", period=P),
             M("68.5亿元", 68.5, "亿元", "新增工业产值", period=P),
             M("71.2%", 71.2, "%", "高新技术产业产值比重", period="前三季度"),
             M("1.8个百分点", 1.8, "个百分点", "比重同比提高", kind="growth", period="前三季度")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="The target was changed to 33个; the ratio is kept against the original 35: 27/35 = 0.7714 (against 33: 0.8182). 68.5/100 = 0.685; 71.2/70 = 1.0171; the rise 1.8个百分点 has no growth target.")

# 26 十億元以上項目 (traditional, multi-year): 2024年以來 cumulative answers the 2024—2026 target, 今年 answers the year, 百億元 one signed, one in talks (nth)
row("市投促中心、市發改局、各縣(市、區)人民政府",
    "2024—2026年累計招引落地十億元以上重大產業項目60個,2025年新招引十億元以上項目20個、百億元以上項目2個。",
    "2024年以來,全市累計招引落地十億元以上重大產業項目41個,其中今年新招引17個,協議總投資612億元;百億元以上項目今年簽約1個(總投資120億元的新能源電池材料基地項目),另有1個百億元項目正在洽談,已簽訂投資意向書。",
    targets=[M("60個", 60, "個", "2024—2026年累計招引十億元以上重大產業項目"),
             M("20個", 20, "個", "2025年新招引十億元以上項目"),
             M("2個", 2, "個", "2025年新招引百億元以上項目")],
    other=[O("十億元", 10, "億元", "class threshold (十億元以上項目)", nth=0),
           O("十億元", 10, "億元", "class threshold (十億元以上項目)", nth=1),
           O("百億元", 100, "億元", "class threshold (百億元以上項目)")],
    actuals=[M("十億元", 10, "億元", "十億元以上項目(class threshold)"),
             M("41個", 41, "個", "2024年以來累計招引十億元以上項目", period="2024年以來"),
             M("17個", 17, "個", "今年新招引十億元以上項目", period="今年"),
             M("612億元", 612, "億元", "今年新招引項目協議總投資", period="今年"),
             M("百億元", 100, "億元", "百億元以上項目(class threshold)", nth=0),
             M("1個", 1, "個", "今年簽約百億元以上項目", nth=1, period="今年"),
             M("120億元", 120, "億元", "簽約項目總投資(specification)"),
             M("1個", 1, "個", "洽談中百億元項目(candidate)", nth=2),
             M("百億元", 100, "億元", "百億元項目(class threshold)", nth=1)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="Traditional characters. The three-year target is answered by the cumulative since 2024: 41/60 = 0.6833; this year's 17/20 = 0.85 answers the 2025 target only. 百億元以上 1/2 = 0.5; the one in talks with a letter of intent is a candidate. '1個' nth 0 lies inside '41個'. 2024—2026年, 2025年 and 2024年以來 are periods.")

# 27 開發區 (traditional): output short, growth and a foreign-investment share over target, two zone parts, ranks unannotated
P = "1-9月"
row("市商務局、市經開區管委會、市高新區管委會",
    "推動開發區提質增效,省級以上開發區規上工業總產值突破4000億元、增長8%,實際使用外資占全市比重達到75%以上,經開區在國家級經開區綜合發展水平考核評價中位次前移。",
    "1-9月,全市6個省級以上開發區實現規上工業總產值2968.4億元,同比增長8.6%,其中經開區1265.3億元、高新區982.7億元;開發區實際使用外資2.16億美元,佔全市的78.4%;經開區在最新國家級經開區綜合發展水平考核評價中列第57位,較上年前移9位。",
    targets=[M("4000億元", 4000, "億元", "省級以上開發區規上工業總產值", bound="min"),
             M("8%", 8, "%", "開發區規上工業總產值增長", kind="growth"),
             M("75%", 75, "%", "開發區實際使用外資占全市比重", bound="min")],
    actuals=[M("6個", 6, "個", "省級以上開發區(scope)"),
             M("2968.4億元", 2968.4, "億元", "開發區規上工業總產值", period=P),
             M("8.6%", 8.6, "%", "規上工業總產值同比增長", kind="growth", period=P),
             M("1265.3億元", 1265.3, "億元", "經開區規上工業總產值", period=P),
             M("982.7億元", 982.7, "億元", "高新區規上工業總產值", period=P),
             M("2.16億美元", 2.16, "億美元", "開發區實際使用外資", period=P),
             M("78.4%", 78.4, "%", "開發區實際使用外資佔全市比重", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a7"])],
    note="Traditional characters. 2968.4/4000 = 0.7421 for 1-9月; 8.6/8 = 1.075; 78.4/75 = 1.0453. The two zones are parts (not the whole of the 6 zones). The ranking target has no number; 第57位 and 前移9位 are ranks, left unannotated.")

# 28 綠色工廠 (traditional): 國家級 short with recommended candidates, 省級 over, diagnoses and a tested annual saving of implemented projects
row("市經信局、市生態環境局",
    "創建國家級綠色工廠5家、省級綠色工廠20家,完成重點用能企業節能診斷100家,推廣節能技術改造項目帶動年節約標準煤10萬噸。",
    "今年新入選國家級綠色工廠名單4家,另有2家已通過省級推薦;新認定省級綠色工廠23家;完成重點用能企業節能診斷86家,提出節能改造建議312條,已實施節能技改項目42個,經測算,已實施項目年可節約標準煤7.8萬噸。",
    targets=[M("5家", 5, "家", "創建國家級綠色工廠"),
             M("20家", 20, "家", "省級綠色工廠"),
             M("100家", 100, "家", "重點用能企業節能診斷"),
             M("10萬噸", 10, "萬噸", "年節約標準煤")],
    actuals=[M("4家", 4, "家", "新入選國家級綠色工廠", period="今年"),
             M("2家", 2, "家", "通過省級推薦企業(candidates)", period="今年"),
             M("23家", 23, "家", "新認定省級綠色工廠", period="今年"),
             M("86家", 86, "家", "完成節能診斷企業", period="今年"),
             M("312條", 312, "條", "提出節能改造建議", period="今年"),
             M("42個", 42, "個", "已實施節能技改項目", period="今年"),
             M("7.8萬噸", 7.8, "萬噸", "已實施項目年節約標準煤", period="今年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a7"])],
    note="Traditional characters. 國家級 4/5 = 0.8; the 2 only recommended do not count (would-be sum 1.2). 23/20 = 1.15; 86/100 = 0.86. The tested annual saving of projects already implemented answers (經測算, not a forecast): 7.8/10 = 0.78. Suggestions and projects have no target.")

# 29 民间投资 (ordinary): growth short with a slowdown in 个百分点, a share over its floor
P = "1-9月"
row("市发改局、市统计局、市工商联",
    "民间投资增长5%,工业民间投资占工业投资比重保持在70%以上。",
    "1-9月,全市民间投资同比增长3.2%,增速较上半年回落1.1个百分点;其中工业民间投资增长7.6%,占工业投资的比重为72.5%。",
    targets=[M("5%", 5, "%", "民间投资增长", kind="growth"),
             M("70%", 70, "%", "工业民间投资占工业投资比重", bound="min")],
    actuals=[M("3.2%", 3.2, "%", "民间投资同比增长", kind="growth", period=P),
             M("1.1个百分点", 1.1, "个百分点", "增速较上半年回落", kind="reduction", period=P),
             M("7.6%", 7.6, "%", "工业民间投资增长", kind="growth", period=P),
             M("72.5%", 72.5, "%", "工业民间投资占工业投资比重", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="3.2/5 = 0.64; the slowdown of 1.1个百分点 against 上半年 is a change of the rate, not the answer. 72.5/70 = 1.0357; the industrial part's growth 7.6% has no target.")

# 30 奖补资金 (full-width digits): funds paid in 两批 with 市级 + 县级 parts, projects supported, a payment rate
P = "截至９月底"
row("市财政局、市经信局",
    "兑现工业高质量发展奖补资金３亿元，支持技改项目１５０个，惠企政策资金兑现率达到９５％以上。",
    "截至９月底，已分两批兑现工业高质量发展奖补资金２．４６亿元，其中市级资金１．５８亿元、县级配套０．８８亿元，支持技改项目１６２个；惠企政策资金“免申即享”兑现率９７．３％。",
    targets=[M("３亿元", 3, "亿元", "兑现工业高质量发展奖补资金"),
             M("１５０个", 150, "个", "支持技改项目"),
             M("９５％", 95, "%", "惠企政策资金兑现率", bound="min")],
    actuals=[M("两批", 2, "批", "兑现批次", period=P),
             M("２．４６亿元", 2.46, "亿元", "兑现工业高质量发展奖补资金", period=P),
             M("１．５８亿元", 1.58, "亿元", "市级资金", period=P),
             M("０．８８亿元", 0.88, "亿元", "县级配套资金", period=P),
             M("１６２个", 162, "个", "支持技改项目", period=P),
             M("９７．３％", 97.3, "%", "惠企政策资金兑现率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Full-width digits. 2.46/3 = 0.82 (1.58 + 0.88 are its parts, not added again); 162/150 = 1.08; 97.3/95 = 1.0242. 两批 counts batches. “免申即享” is a name.")

# 31 标准地 (full-width digits): a 100% share stated only in words, 拿地即开工 short, an approval time under its cap
P = "１-９月"
row("市自然资源和规划局、市行政审批服务局",
    "新出让工业用地“标准地”比例达到１００％，“拿地即开工”项目不少于８０个，工业项目审批时间压缩至３０个工作日以内。",
    "１-９月，全市出让工业用地２１３宗、３８６２亩，全部按“标准地”模式供应；实现“拿地即开工”项目６７个；工业项目从立项到施工许可平均审批时间２６个工作日。",
    targets=[M("１００％", 100, "%", "新出让工业用地“标准地”比例"),
             M("８０个", 80, "个", "“拿地即开工”项目", bound="min"),
             M("３０个工作日", 30, "个工作日", "工业项目审批时间", bound="max")],
    actuals=[M("２１３宗", 213, "宗", "出让工业用地宗数", period=P),
             M("３８６２亩", 3862, "亩", "出让工业用地面积", period=P),
             M("６７个", 67, "个", "实现“拿地即开工”项目", period=P),
             M("２６个工作日", 26, "个工作日", "平均审批时间", period=P)],
    pairs=[("t2", ["a3"]), ("t3", ["a4"])],
    note="Full-width digits. The 标准地 share is reported only in words (全部按“标准地”模式): t1 unpaired (would-be 1.0). 67/80 = 0.8375. The approval time is the measured quantity, not a duration: 26/30 = 0.8667, under the cap. Land parcels and area have no target here.")

# 32 企业培育 (Chinese numerals): a level answered by the stock (not the increase), 瞪羚 over, a 500强 count at its floor
P = "截至9月底"
row("市经信局、市科技局、市工商联",
    "培育营收超十亿元企业三十二家,新增省级瞪羚企业二十家,入围中国民营企业500强企业保持在五家以上。",
    "截至9月底,全市营收超十亿元企业达到二十九家,较上年末增加四家;新认定省级瞪羚企业二十三家;在最新发布的中国民营企业500强榜单中,我市入围五家。",
    targets=[M("三十二家", 32, "家", "营收超十亿元企业"),
             M("二十家", 20, "家", "新增省级瞪羚企业"),
             M("五家", 5, "家", "入围中国民营企业500强企业", bound="min")],
    other=[O("超十亿元", 10, "亿元", "class threshold (营收超十亿元)")],
    actuals=[M("超十亿元", 10, "亿元", "营收超十亿元(class threshold)"),
             M("二十九家", 29, "家", "营收超十亿元企业", period=P),
             M("四家", 4, "家", "较上年末增加", period=P),
             M("二十三家", 23, "家", "新认定省级瞪羚企业", period=P),
             M("五家", 5, "家", "入围民营企业500强")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Chinese numerals. 培育…三十二家 is a level (the stock): 29/32 = 0.9062; the increase of 4 does not answer. 23/20 = 1.15; 5/5 = 1.0 at the floor. 500强 is part of a name, left unannotated.")

# 33 招商活动 (Chinese numerals): events short with two planned, 批次 short, visits beside, a 万元 award budget
P = "今年以来"
row("市投促中心、市商务局、市贸促会",
    "举办“双招双引”重大招商活动十二场,赴外开展驻点招商五十批次,兑现招商引资奖励资金一百二十万元。",
    "今年以来,成功举办新能源汽车产业链对接会等重大招商活动十场,另有两场计划于11月、12月举办;组织驻点招商小分队赴长三角、珠三角等地开展招商四十六批次,拜访客商二百三十人次;已兑现招商引资奖励资金九十六万元。",
    targets=[M("十二场", 12, "场", "重大招商活动"),
             M("五十批次", 50, "批次", "驻点招商"),
             M("一百二十万元", 120, "万元", "兑现招商引资奖励资金")],
    actuals=[M("十场", 10, "场", "举办重大招商活动", period=P),
             M("两场", 2, "场", "计划举办招商活动(planned)", period=P),
             M("四十六批次", 46, "批次", "驻点招商", period=P),
             M("二百三十人次", 230, "人次", "拜访客商", period=P),
             M("九十六万元", 96, "万元", "已兑现招商引资奖励资金", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Chinese numerals. 10/12 = 0.8333; the two events planned for 11月、12月 do not count (would-be sum 1.0). 46/50 = 0.92; 96/120 = 0.8. Visits have no target. “双招双引” is a slogan; 11月、12月 are dates.")

# 34 智改数转 (sum of parts): projects with three parts, diagnoses by two providers summed, cloud firms over
P = "截至9月底"
row("市工信局、市数据局、市通信管理办",
    "实施“智改数转网联”项目1000个,完成智能化改造诊断服务企业800家,新增上云企业2000家。",
    "截至9月底,全市实施“智改数转网联”项目936个,其中智能化改造项目512个、数字化转型项目318个、网络化联接项目106个;为规上工业企业开展免费诊断服务,其中省级诊断服务商完成诊断326家、市级诊断服务商完成诊断418家;新增上云企业2380家。",
    targets=[M("1000个", 1000, "个", "“智改数转网联”项目"),
             M("800家", 800, "家", "智能化改造诊断服务企业"),
             M("2000家", 2000, "家", "新增上云企业")],
    actuals=[M("936个", 936, "个", "实施“智改数转网联”项目", period=P),
             M("512个", 512, "个", "智能化改造项目", period=P),
             M("318个", 318, "个", "数字化转型项目", period=P),
             M("106个", 106, "个", "网络化联接项目", period=P),
             M("326家", 326, "家", "省级诊断服务商完成诊断", period=P),
             M("418家", 418, "家", "市级诊断服务商完成诊断", period=P),
             M("2380家", 2380, "家", "新增上云企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5", "a6"]), ("t3", ["a7"])],
    note="936/1000 = 0.936 (512 + 318 + 106 are its parts). Diagnoses are reported only by provider: 326 + 418 = 744 against 800 (combine sum, 0.93). 2380/2000 = 1.19. “智改数转网联” is a name.")

# 35 国家级平台 (nothing answers): a cluster in the final awaiting results, applications passed provincial review, a 省级 centre for a 国家级 target
row("市经信局、市发改局",
    "创建国家级先进制造业集群1个,新增国家级企业技术中心3家,争取国家级制造业创新中心1家。",
    "我市新能源汽车零部件集群已通过省工信厅推荐参加国家先进制造业集群竞赛决赛,结果待公布;4家企业申报国家企业技术中心,已通过省级初审并上报国家发展改革委;制造业创新中心方面,已组建省级动力电池创新中心1家,正在对标国家级标准培育。",
    targets=[M("1个", 1, "个", "创建国家级先进制造业集群"),
             M("3家", 3, "家", "新增国家级企业技术中心"),
             M("1家", 1, "家", "国家级制造业创新中心")],
    actuals=[M("4家", 4, "家", "申报国家企业技术中心企业(candidates)"),
             M("1家", 1, "家", "已组建省级动力电池创新中心")],
    note="Nothing answers. The cluster awaits the final's result (no number; would-be 1.0). The 4 applicants passed only the provincial check (would-be 1.3333). The innovation centre built is 省级, another level than the 国家级 target (would-be 1.0).")

# 36 重大项目 (nothing answers): a project specification, land expropriated but not supplied, a year forecast of investment
row("市发改局、市自然资源和规划局、市电子材料产业园管委会",
    "推动总投资120亿元的高端电子材料产业园项目开工建设,年内完成投资15亿元,一期用地1200亩完成供地。",
    "项目已完成备案和能评,环评报告正在省生态环境厅审查;一期用地1200亩中已完成土地征收860亩,正在进行地块平整,预计11月挂牌出让;受审批进度影响,项目预计12月开工,年内预计可完成投资3亿元。",
    targets=[M("15亿元", 15, "亿元", "年内完成投资"),
             M("1200亩", 1200, "亩", "一期用地完成供地")],
    other=[O("120亿元", 120, "亿元", "specification (项目总投资)")],
    actuals=[M("1200亩", 1200, "亩", "一期用地(scope, restated)"),
             M("860亩", 860, "亩", "已完成土地征收"),
             M("3亿元", 3, "亿元", "年内预计完成投资(forecast)", period="年内")],
    note="Nothing answers: the project is not started (预计12月开工). 860亩 are expropriated, not yet supplied (挂牌出让 expected in 11月; would-be 0.7167). 3亿元 is a forecast for the year (would-be 0.2). 一期 is a phase label; 11月/12月 are dates.")

# 37 规上工业效益 (1-8月 statistics): revenue short, profit growth short, a loss ratio above its cap, a narrowing beside
P = "1-8月"
row("市经信局、市统计局",
    "规上工业营业收入突破6000亿元,利润总额增长5%以上,亏损企业亏损面控制在15%以内。",
    "1-8月,全市规上工业企业实现营业收入4126.7亿元,同比增长6.2%;实现利润总额218.4亿元,同比增长3.8%;亏损企业1062家,亏损面16.8%,较上半年收窄1.3个百分点。",
    targets=[M("6000亿元", 6000, "亿元", "规上工业营业收入", bound="min"),
             M("5%", 5, "%", "利润总额增长", kind="growth", bound="min", nth=0),
             M("15%", 15, "%", "亏损企业亏损面", bound="max")],
    actuals=[M("4126.7亿元", 4126.7, "亿元", "规上工业营业收入", period=P),
             M("6.2%", 6.2, "%", "营业收入同比增长", kind="growth", period=P),
             M("218.4亿元", 218.4, "亿元", "利润总额", period=P),
             M("3.8%", 3.8, "%", "利润总额同比增长", kind="growth", period=P),
             M("1062家", 1062, "家", "亏损企业", period=P),
             M("16.8%", 16.8, "%", "亏损面", period=P),
             M("1.3个百分点", 1.3, "个百分点", "亏损面较上半年收窄", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="The latest statistics are for 1-8月. 4126.7/6000 = 0.6878; profit growth 3.8/5 = 0.76 (the revenue growth 6.2% has no growth target). The loss ratio answers its cap from above: 16.8/15 = 1.12, not met; the narrowing 1.3个百分点 is a change.")

# 38 本地配套 (restated target): the 45% goal restated in the progress does not answer, the 前三季度 estimate does; events and contracts
row("市发改局、市工信局、各产业链工作专班",
    "重点产业链本地配套率提高到45%,开展产需对接活动20场以上,促成本地配套合同金额50亿元。",
    "按照年初确定的本地配套率提高到45%的目标,组织链主企业开展“链长+链主”产需对接活动24场,促成配套合作项目186个、签订配套合同金额42.7亿元;经抽样测算,前三季度重点产业链本地配套率为43.6%,较上年提高2.9个百分点。",
    targets=[M("45%", 45, "%", "重点产业链本地配套率"),
             M("20场", 20, "场", "产需对接活动", bound="min"),
             M("50亿元", 50, "亿元", "本地配套合同金额")],
    actuals=[M("45%", 45, "%", "年初确定的本地配套率目标(restated target)"),
             M("24场", 24, "场", "产需对接活动"),
             M("186个", 186, "个", "促成配套合作项目"),
             M("42.7亿元", 42.7, "亿元", "签订配套合同金额"),
             M("43.6%", 43.6, "%", "重点产业链本地配套率", period="前三季度"),
             M("2.9个百分点", 2.9, "个百分点", "本地配套率较上年提高", kind="growth", period="前三季度")],
    pairs=[("t1", ["a5"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="The restated 45% does not answer itself; the sampled estimate for 前三季度 does: 43.6/45 = 0.9689. 24/20 = 1.2; 42.7/50 = 0.854. Cooperation projects and the 2.9个百分点 rise have no target. “链长+链主” is a name.")

# 39 企业规模 (各 in the progress summed): 各12家 over two zones plus the other counties for the city target, 超10亿元 short with a 超50亿元 part
P = "1-9月"
row("市经信局、市统计局、各县(市、区)人民政府、各开发区管委会",
    "新增产值超亿元工业企业50家,新增产值超10亿元工业企业8家,规上工业企业户均产值增长6%。",
    "1-9月,经开区、高新区新增产值超亿元工业企业各12家,其余县(市、区)合计新增19家;新增产值超10亿元工业企业6家,其中超50亿元企业1家;规上工业企业户均产值2.86亿元,同比增长4.1%。",
    targets=[M("50家", 50, "家", "新增产值超亿元工业企业"),
             M("8家", 8, "家", "新增产值超10亿元工业企业"),
             M("6%", 6, "%", "规上工业企业户均产值增长", kind="growth")],
    other=[O("超亿元", 1, "亿元", "class threshold (产值超亿元)"),
           O("超10亿元", 10, "亿元", "class threshold (产值超10亿元)")],
    actuals=[M("超亿元", 1, "亿元", "产值超亿元(class threshold)"),
             M("各12家", 12, "家", "经开区新增产值超亿元工业企业", period=P),
             M("各12家", 12, "家", "高新区新增产值超亿元工业企业", period=P),
             M("19家", 19, "家", "其余县(市、区)新增产值超亿元工业企业", period=P),
             M("超10亿元", 10, "亿元", "产值超10亿元(class threshold)"),
             M("6家", 6, "家", "新增产值超10亿元工业企业", period=P),
             M("超50亿元", 50, "亿元", "产值超50亿元(class threshold)"),
             M("1家", 1, "家", "新增超50亿元企业", period=P),
             M("2.86亿元", 2.86, "亿元", "规上工业企业户均产值", period=P),
             M("4.1%", 4.1, "%", "户均产值同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a2", "a3", "a4"]), ("t2", ["a6"]), ("t3", ["a10"])],
    note="各12家 over two zones is two actuals on one span; with the other counties the city total is 12 + 12 + 19 = 43 against 50 (combine sum, 0.86). 超10亿元 6/8 = 0.75 (the 超50亿元 one is a part). 户均产值 growth 4.1/6 = 0.6833; the level 2.86亿元 has no target.")

# 40 工业税收 (estimates vs forecast): a 前三季度 estimate answers (左右), a 上半年 share, this year's relief amount vs a full-year forecast
row("市税务局、市财政局、市经信局",
    "工业税收收入增长6%,制造业税收占税收收入比重达到38%,高新技术企业减免税额超过25亿元。",
    "前三季度预计全市工业税收收入完成186亿元左右,同比增长6.8%左右(9月数据尚在汇总);上半年制造业税收占全部税收收入的36.9%;今年以来为高新技术企业落实研发费用加计扣除等减免税优惠21.3亿元,预计全年可超过28亿元。",
    targets=[M("6%", 6, "%", "工业税收收入增长", kind="growth"),
             M("38%", 38, "%", "制造业税收占税收收入比重"),
             M("25亿元", 25, "亿元", "高新技术企业减免税额", bound="min")],
    actuals=[M("186亿元", 186, "亿元", "工业税收收入(前三季度预计)", period="前三季度"),
             M("6.8%", 6.8, "%", "工业税收收入同比增长(前三季度预计)", kind="growth", period="前三季度"),
             M("36.9%", 36.9, "%", "制造业税收占全部税收收入比重", period="上半年"),
             M("21.3亿元", 21.3, "亿元", "高新技术企业减免税优惠", period="今年以来"),
             M("28亿元", 28, "亿元", "预计全年减免税额(forecast)", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="The estimate for the elapsed 前三季度 answers: 6.8/6 = 1.1333 (左右 on an actual is not a bound). 36.9/38 = 0.9711 for 上半年. 21.3/25 = 0.852; the full-year 28亿元 is a forecast (would-be 1.12). The tax amount 186亿元 has no level target. 9月 is a date.")


probe.write(Path(__file__).with_name("probe-industry.gold.jsonl"))
