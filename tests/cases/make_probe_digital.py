"""Writes probe-digital.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's 2025
key-work progress table (as of the end of October) for the digital economy, new infrastructure and
digital government: the task is the year's target of the 大数据局/数据局, 经信局, 通信发展管理办公室,
发改委, 商务局, 政务服务管理局 and the departments and carriers working with them (数字经济核心产业
增加值 增长 and 占GDP比重, 软件和信息技术服务业 营收 and 规上企业, 5G基站 新建 and 累计 and 每万人拥有数,
千兆光网 端口/覆盖家庭/用户 万户, 算力 PFlops and 标准机架 and 上架率, 工业互联网平台 and 标识解析二级节点
and 接入企业, 企业上云, 数字化改造 项目/覆盖率 and 智能工厂/数字化车间, 智能制造示范工厂 各2家, 网络零售额
and 农村网络零售额, 直播电商, 跨境电商, 数据要素 场内交易额 and 数商, 公共数据 开放数据集 and 接口调用 次,
公共数据授权运营, 一网通办 可办率/全程网办率 and 一件事, 一网统管 场景 and 感知设备, 电子证照, 掌上办 and
好差评, 免申即享 and 跨省通办, 12345热线, 企业开办, 政务云 上云率 and 数据共享, 数字乡村 试点/示范村 and
益农信息社, 农村千兆/5G, 农村电商, 数字农业, 智慧社区, 网络安全检查 and 等级保护 备案/测评, 数字技能培训
and 人才, 数字经济招商 签约/投资, 试验区/特色园区 申报, CIM and 城市大脑, 电信业务收入/总量, 电子信息制造业
产值, 软件著作权).

Gold decisions (what answers and what does not; ratios are computed by gold_writer.py):
- An estimate for an elapsed period answers (据初步测算, rows 1 and 39); 预计全年 / 预计年底 / 预计12月
  forecasts do not (rows 1, 3, 5, 10, 20, 31, 35); a 1-10月 or 截至10月底 figure answers a year
  target as progress so far.
- 完成年度目标/任务的X% is an actual of its own (a share) and never pairs with the amount target
  (rows 2, 3, 38).
- 累计 stocks answer stock and level targets (累计...达到, 全市...突破/达到: rows 3, 6, 12, 14, 15, 27, 33,
  34) and this year's 新增/新建 answer increment targets (rows 3, 6, 12, 13, 21, 26); a stock
  reported beside the increment stays unpaired (rows 6, 13, 21, 26), and where the target is the
  year's increment but only the stock is reported the target is unpaired (row 19 高技能人才总量,
  row 39 累计监测点).
- Candidates do not answer a target to create or recognise: 正在公示, 已申报/上报 待审批, 推荐上报, 通过
  初审, 已提交申请 正在审核, 待验收/正在组织验收, 已达规上标准 拟申报入库, 正在联调测试, 在建/机电安装 (rows 5,
  6, 10, 11, 14, 16, 17, 22, 23, 24, 25, 27, 31, 33); 已完成洽谈 拟签约 (row 20) is a forecast.
- Sums of parts answer a total: 省级智能工厂 + 省级数字化车间 (row 8), 进口额 + 出口额 (row 26), 县级中心 +
  镇级站 + 村级点 (row 30). A 其中 part answers its own sub-target and is never added to the total;
  parts with no sub-target (row 2 软件产品/信息技术服务/嵌入式, row 36 直接答复/派发工单) stay unpaired.
- 分别 lists follow the progress order, which may differ from the task's (rows 21, 38).
- 各2家以上 over two metrics is two targets on one span (row 25).
- Growth answered by a fall keeps the reduction and a signed ratio (row 40: -0.24).
- A range target is measured against its lower end (row 35, 5%-6%).
- Caps (以内/以下) are answered by the level: under the cap the ratio is below 1 (row 37).
- A restated target (年初确定的...目标为95%) is an actual that does not answer (row 37).
- A target stated in numbers but answered only in words (实现检查全覆盖) stays unpaired (row 18).
- A different measure does not answer: 物联网监测设备 台(套) for 监测点 个 (row 39), 外业航飞 area for
  三维建模 (row 29), 概算总投资 for 完成投资 (row 29), 增加1家 (a change) for a level.
- Rows 23 and 29: nothing answers.
Five rows are in traditional characters (11, 18, 24, 30, 36); three use full-width digits (15, 28,
34); rows 7, 17 and 32 use Chinese numerals (also 三家 in row 38).

Deliberately unannotated digit and numeral runs (listed by the script): 5G (a name, in many rows),
10G-PON, the 万 of 每万人 (the basis of a per-capita rate), dates and periods (1-10月, １－１０月, 6月,
9月, 11月, 12月, 10月), the level labels 三级/三級/二级 (三级以上系统, 二级节点, 县乡村三级), the phase label
二期, the slogans 一件事一次办 / 高效办成一件事, the hotline name 12345.
Run: cd tests/cases && python make_probe_digital.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe31")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Digital economy, new infrastructure and digital government: a city's 2025 table (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 数字经济核心产业: an elapsed-period estimate answers growth and share, a 个百分点 rise, a full-year forecast
P = "前三季度"
row("市发展改革委、市大数据局、市统计局",
    "数字经济核心产业增加值增长10%以上,占地区生产总值比重达到9.5%。",
    "据初步测算,前三季度全市数字经济核心产业实现增加值386.4亿元,同比增长11.2%,占地区生产总值比重9.1%,较上年同期提高0.6个百分点;预计全年占比可达9.6%。",
    targets=[M("10%", 10, "%", "数字经济核心产业增加值增长", kind="growth", bound="min"),
             M("9.5%", 9.5, "%", "数字经济核心产业增加值占地区生产总值比重")],
    actuals=[M("386.4亿元", 386.4, "亿元", "数字经济核心产业增加值(初步测算)", period=P),
             M("11.2%", 11.2, "%", "数字经济核心产业增加值同比增长", kind="growth", period=P),
             M("9.1%", 9.1, "%", "占地区生产总值比重", period=P),
             M("0.6个百分点", 0.6, "个百分点", "比重较上年同期提高", kind="growth", period=P),
             M("9.6%", 9.6, "%", "预计全年占比(forecast)", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="The preliminary estimate for the elapsed three quarters answers: growth 11.2/10 = 1.12, share 9.1/9.5 = 0.9579. The full-year 9.6% is a forecast (would-be 1.0105). The level 386.4亿元 and the 0.6个百分点 rise have no target.")

# 2 软件和信息技术服务业 (ordinary): YTD income with a completion share, three parts without sub-targets, enterprises
P = "1-10月"
row("市经信局、市大数据局",
    "软件和信息技术服务业实现营业收入260亿元,同比增长12%;新增规上软件企业15家。",
    "1-10月,全市软件和信息技术服务业实现营业收入221.6亿元,完成年度目标的85.2%,同比增长13.4%;其中软件产品收入68.2亿元、信息技术服务收入139.5亿元、嵌入式系统软件收入13.9亿元。新增纳入统计的规上软件企业17家。",
    targets=[M("260亿元", 260, "亿元", "软件和信息技术服务业营业收入"),
             M("12%", 12, "%", "软件和信息技术服务业营业收入增长", kind="growth"),
             M("15家", 15, "家", "新增规上软件企业")],
    actuals=[M("221.6亿元", 221.6, "亿元", "软件和信息技术服务业营业收入", period=P),
             M("85.2%", 85.2, "%", "完成年度目标的(比例)", period=P),
             M("13.4%", 13.4, "%", "营业收入同比增长", kind="growth", period=P),
             M("68.2亿元", 68.2, "亿元", "软件产品收入", period=P),
             M("139.5亿元", 139.5, "亿元", "信息技术服务收入", period=P),
             M("13.9亿元", 13.9, "亿元", "嵌入式系统软件收入", period=P),
             M("17家", 17, "家", "新增纳入统计的规上软件企业")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"])],
    note="221.6/260 = 0.8523 (the stated 85.2% is a share, not paired). Growth 13.4/12 = 1.1167. The three parts sum to the total and are not added again. 17/15 = 1.1333.")

# 3 5G基站: this year's new vs the stock, a completion share, per-10,000 density, sites awaiting opening
P = "截至10月底"
row("市通信发展管理办公室、市经信局、中国铁塔市分公司",
    "新建5G基站2500个,全市累计建成5G基站1.2万个以上,每万人拥有5G基站数达到28个。",
    "截至10月底,今年新建5G基站2186个,完成年度任务的87.4%,全市累计建成5G基站11860个,每万人拥有5G基站数27.6个;另有320个站址已完成选址和配套电源改造,预计年底前开通。",
    targets=[M("2500个", 2500, "个", "新建5G基站"),
             M("1.2万个", 1.2, "万个", "累计建成5G基站", bound="min"),
             M("28个", 28, "个", "每万人拥有5G基站数")],
    actuals=[M("2186个", 2186, "个", "今年新建5G基站", period=P),
             M("87.4%", 87.4, "%", "完成年度任务的(比例)", period=P),
             M("11860个", 11860, "个", "累计建成5G基站", period=P),
             M("27.6个", 27.6, "个", "每万人拥有5G基站数", period=P),
             M("320个", 320, "个", "待开通站址(forecast)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="This year's 2186/2500 = 0.8744 (87.4% is the share, not paired); the 320 sites expected to open by year end do not count (would-be sum 1.0024). The stock answers the stock target: 11860 against 1.2万 = 0.9883. 27.6/28 = 0.9857. 5G is a name; the 万 of 每万人 is the basis of the rate.")

# 4 千兆光网 (ordinary): ports, coverage and users in 万, a 均 scope with a count, a net increase and a share beside
P = "今年以来"
row("市通信发展管理办公室、各基础电信企业",
    "推进“双千兆”网络建设,新增10G-PON端口3万个,千兆光网覆盖家庭180万户,千兆宽带用户达到95万户。",
    "今年以来,新增10G-PON端口3.26万个,全市千兆光网具备覆盖家庭能力186.5万户,11个县(市、区)城区均实现千兆光网连续覆盖;千兆宽带用户91.3万户,较年初净增14.8万户,占固定宽带用户比重34.2%。",
    targets=[M("3万个", 3, "万个", "新增10G-PON端口"),
             M("180万户", 180, "万户", "千兆光网覆盖家庭"),
             M("95万户", 95, "万户", "千兆宽带用户")],
    actuals=[M("3.26万个", 3.26, "万个", "新增10G-PON端口", period=P),
             M("186.5万户", 186.5, "万户", "千兆光网具备覆盖家庭能力", period=P),
             M("11个", 11, "个", "县(市、区)城区(scope)", period=P),
             M("91.3万户", 91.3, "万户", "千兆宽带用户", period=P),
             M("14.8万户", 14.8, "万户", "千兆宽带用户较年初净增", period=P),
             M("34.2%", 34.2, "%", "千兆用户占固定宽带用户比重", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="3.26/3 = 1.0867; 186.5/180 = 1.0361; the user level answers the level target: 91.3/95 = 0.9611 (the net increase 14.8万户 and the share have no target). 10G-PON is a name.")

# 5 算力与机架: total and 其中 智能算力 share, racks in operation vs racks still being fitted, an occupancy rate
P = "截至10月底"
row("市发展改革委、市大数据局、市数据集团",
    "全市算力总规模达到1500PFlops,其中智能算力占比超过60%;新增数据中心标准机架5000个,机架上架率达到65%以上。",
    "截至10月底,全市在用算力总规模达到1420PFlops,其中智能算力910PFlops、占比64.1%;城东智算中心二期新增投运标准机架3200个,城南数据中心1800个机架已完成主体建设,正在进行机电安装,预计12月投运;全市数据中心平均上架率68.7%。",
    targets=[M("1500PFlops", 1500, "PFlops", "算力总规模"),
             M("60%", 60, "%", "智能算力占比", bound="min"),
             M("5000个", 5000, "个", "新增数据中心标准机架"),
             M("65%", 65, "%", "机架上架率", bound="min")],
    actuals=[M("1420PFlops", 1420, "PFlops", "在用算力总规模", period=P),
             M("910PFlops", 910, "PFlops", "智能算力", period=P),
             M("64.1%", 64.1, "%", "智能算力占比", period=P),
             M("3200个", 3200, "个", "新增投运标准机架", period=P),
             M("1800个", 1800, "个", "在建机架(forecast)", period=P),
             M("68.7%", 68.7, "%", "数据中心平均上架率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a6"])],
    note="1420/1500 = 0.9467; the share answers the share: 64.1/60 = 1.0683 (910PFlops is its amount). Racks: only those in operation count, 3200/5000 = 0.64; the 1800 still being fitted are expected in 12月 (would-be sum 1.0). 68.7/65 = 1.0569. 二期 is a phase label.")

# 6 工业互联网: platforms recognised vs under public notice (nth), new nodes vs the stock, 累计 enterprises answer 突破
P = "今年"
row("市经信局、市通信发展管理办公室",
    "新培育省级工业互联网平台5个,新建工业互联网标识解析二级节点2个,全市接入标识解析体系企业突破3000家,标识注册量达到5亿个。",
    "今年新认定省级工业互联网平台3个,另有2个平台已通过专家评审,正在公示;新上线运营纺织服装、智能装备行业标识解析二级节点2个,全市二级节点累计达到7个,累计接入企业3260家,标识注册量4.37亿个,解析量11.2亿次。",
    targets=[M("5个", 5, "个", "新培育省级工业互联网平台"),
             M("2个", 2, "个", "新建标识解析二级节点"),
             M("3000家", 3000, "家", "接入标识解析体系企业", bound="min"),
             M("5亿个", 5, "亿个", "标识注册量")],
    actuals=[M("3个", 3, "个", "新认定省级工业互联网平台", period=P),
             M("2个", 2, "个", "正在公示平台(candidates)", nth=0, period=P),
             M("2个", 2, "个", "新上线运营标识解析二级节点", nth=1, period=P),
             M("7个", 7, "个", "二级节点累计(stock)"),
             M("3260家", 3260, "家", "累计接入企业"),
             M("4.37亿个", 4.37, "亿个", "标识注册量"),
             M("11.2亿次", 11.2, "亿次", "标识解析量")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="3/5 = 0.6; the 2 platforms under public notice are candidates (would-be sum 1.0). New nodes 2/2 = 1.0; the stock 7个 does not answer the new-build target. The enterprise target is a stock (全市...突破): 3260/3000 = 1.0867. 4.37/5 = 0.874; the resolution count 亿次 has no target. 二级 is a level label.")

# 7 企业上云 (Chinese numerals, ordinary): total and 其中 part, vouchers and investment without target
P = "今年以来"
row("市经信局、市大数据局、各区县人民政府",
    "推动企业上云用云,全年新增上云企业两千家,其中深度用云企业三百家。",
    "今年以来,全市新增上云企业两千一百四十六家,其中深度用云企业二百七十八家,发放“上云券”补贴资金六百五十万元,带动企业信息化投入一点二亿元。",
    targets=[M("两千家", 2000, "家", "新增上云企业"),
             M("三百家", 300, "家", "深度用云企业")],
    actuals=[M("两千一百四十六家", 2146, "家", "新增上云企业", period=P),
             M("二百七十八家", 278, "家", "深度用云企业", period=P),
             M("六百五十万元", 650, "万元", "发放“上云券”补贴资金", period=P),
             M("一点二亿元", 1.2, "亿元", "带动企业信息化投入", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Chinese numerals. 2146/2000 = 1.073; the 其中 part 278/300 = 0.9267. The vouchers and the investment have no target.")

# 8 数字化改造: projects answered, 智能工厂 + 数字化车间 summed for the combined target, a coverage rate short
P = "截至10月底"
row("市经信局、市发展改革委、各区县人民政府",
    "实施规上工业企业数字化改造项目600项,新增省级智能工厂和数字化车间40家,规上工业企业数字化改造覆盖率达到75%。",
    "截至10月底,全市实施规上工业企业数字化改造项目612项,完成投资48.3亿元;新认定省级智能工厂14家、省级数字化车间23家;规上工业企业数字化改造覆盖率73.5%,较上年提高8.2个百分点。",
    targets=[M("600项", 600, "项", "规上工业企业数字化改造项目"),
             M("40家", 40, "家", "新增省级智能工厂和数字化车间"),
             M("75%", 75, "%", "规上工业企业数字化改造覆盖率")],
    actuals=[M("612项", 612, "项", "实施数字化改造项目", period=P),
             M("48.3亿元", 48.3, "亿元", "完成投资", period=P),
             M("14家", 14, "家", "新认定省级智能工厂", period=P),
             M("23家", 23, "家", "新认定省级数字化车间", period=P),
             M("73.5%", 73.5, "%", "数字化改造覆盖率", period=P),
             M("8.2个百分点", 8.2, "个百分点", "覆盖率较上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4"]), ("t3", ["a5"])],
    note="612/600 = 1.02. The combined target 智能工厂和数字化车间 is met by the sum 14 + 23 = 37家 (combine sum, 0.925). 73.5/75 = 0.98; the rise has no growth target; the investment has no target.")

# 9 网络零售 (ordinary): YTD total and growth, a 实物商品 part without target, the rural total answers its own target
P = "1-10月"
row("市商务局、市统计局",
    "全市网络零售额达到520亿元,增长12%以上,其中农村网络零售额突破80亿元。",
    "1-10月,全市实现网络零售额438.7亿元,同比增长13.6%,其中实物商品网络零售额362.4亿元;农村网络零售额71.5亿元,同比增长15.8%。",
    targets=[M("520亿元", 520, "亿元", "网络零售额"),
             M("12%", 12, "%", "网络零售额增长", kind="growth", bound="min"),
             M("80亿元", 80, "亿元", "农村网络零售额", bound="min")],
    actuals=[M("438.7亿元", 438.7, "亿元", "网络零售额", period=P),
             M("13.6%", 13.6, "%", "网络零售额同比增长", kind="growth", period=P),
             M("362.4亿元", 362.4, "亿元", "实物商品网络零售额", period=P),
             M("71.5亿元", 71.5, "亿元", "农村网络零售额", period=P),
             M("15.8%", 15.8, "%", "农村网络零售额同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="438.7/520 = 0.8437; growth 13.6/12 = 1.1333 (the rural growth 15.8% belongs to the part and has no target). Rural 71.5/80 = 0.8938. 实物商品 is a part without a sub-target.")

# 10 直播电商: bases recognised vs one in construction, trainees (sessions beside), events, 前三季度 volume vs a forecast
row("市商务局、市人力资源社会保障局",
    "培育市级直播电商基地5个,开展直播电商人才培训3000人次,全市直播电商交易额达到60亿元。",
    "今年新认定市级直播电商基地4个,另有1个基地正在建设;举办直播电商带货主播培训班42期,培训3260人次,组织“云上好物节”等直播带货活动120场;前三季度全市直播电商交易额48.6亿元,预计全年可达65亿元。",
    targets=[M("5个", 5, "个", "培育市级直播电商基地"),
             M("3000人次", 3000, "人次", "直播电商人才培训"),
             M("60亿元", 60, "亿元", "直播电商交易额")],
    actuals=[M("4个", 4, "个", "新认定市级直播电商基地", period="今年"),
             M("1个", 1, "个", "正在建设的基地", period="今年"),
             M("42期", 42, "期", "主播培训班", period="今年"),
             M("3260人次", 3260, "人次", "培训", period="今年"),
             M("120场", 120, "场", "直播带货活动", period="今年"),
             M("48.6亿元", 48.6, "亿元", "直播电商交易额", period="前三季度"),
             M("65亿元", 65, "亿元", "预计全年直播电商交易额(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="4/5 = 0.8; the base still being built does not count (would-be sum 1.0). 3260/3000 = 1.0867 (42期 counts courses). The three-quarter volume answers as progress so far: 48.6/60 = 0.81; the full-year 65亿元 is a forecast (would-be 1.0833). Events have no target.")

# 11 數據要素 (traditional): turnover answers 突破, trades and growth beside, listings with a 其中 part, 數商 candidates
P = "今年以來"
row("市數據局、市數據集團、市地方金融管理局",
    "培育數據要素市場,數據交易場內交易額突破5億元,新增數據產品掛牌200個,培育數商企業30家。",
    "今年以來,依託市數據交易服務中心累計完成場內數據交易1168筆,交易額4.26億元,同比增長86.3%;新增掛牌數據產品236個,其中公共數據產品58個;新引進培育數商企業22家,另有9家已提交入駐申請,正在審核。",
    targets=[M("5億元", 5, "億元", "數據交易場內交易額", bound="min"),
             M("200個", 200, "個", "新增數據產品掛牌"),
             M("30家", 30, "家", "培育數商企業")],
    actuals=[M("1168筆", 1168, "筆", "場內數據交易", period=P),
             M("4.26億元", 4.26, "億元", "場內數據交易額", period=P),
             M("86.3%", 86.3, "%", "交易額同比增長", kind="growth", period=P),
             M("236個", 236, "個", "新增掛牌數據產品", period=P),
             M("58個", 58, "個", "公共數據產品", period=P),
             M("22家", 22, "家", "新引進培育數商企業", period=P),
             M("9家", 9, "家", "已提交入駐申請數商(candidates)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. 累計 here is within the year (今年以來): 4.26/5 = 0.852; the growth and the trade count have no target. 236/200 = 1.18 (58 public-data products are a part). 22/30 = 0.7333; the 9 applications under review are candidates (would-be sum 1.0333).")

# 12 公共数据开放: stock answers the stock target, this year's new answers the new target, calls in 亿次 with an elided growth
row("市大数据局、市直各部门",
    "新增开放公共数据集300个,公共数据开放平台累计开放数据集达到2000个,数据接口年调用量突破1亿次。",
    "截至10月底,市公共数据开放平台累计开放数据集1946个、数据项3.8万项,其中今年新增开放数据集271个;上线数据接口860个,1-10月接口调用量1.26亿次,同比增长42%。",
    targets=[M("300个", 300, "个", "新增开放公共数据集"),
             M("2000个", 2000, "个", "累计开放数据集"),
             M("1亿次", 1, "亿次", "数据接口年调用量", bound="min")],
    actuals=[M("1946个", 1946, "个", "累计开放数据集", period="截至10月底"),
             M("3.8万项", 3.8, "万项", "开放数据项", period="截至10月底"),
             M("271个", 271, "个", "今年新增开放数据集", period="今年"),
             M("860个", 860, "个", "上线数据接口"),
             M("1.26亿次", 1.26, "亿次", "接口调用量", period="1-10月"),
             M("42%", 42, "%", "调用量同比增长", kind="growth", period="1-10月")],
    pairs=[("t1", ["a3"]), ("t2", ["a1"]), ("t3", ["a5"])],
    note="The 其中 part 今年新增 answers the increment: 271/300 = 0.9033; the stock answers the stock: 1946/2000 = 0.973. Calls 1.26/1 = 1.26 in ten months (the growth 42% has an elided subject and no target). Data items and interfaces have no target.")

# 13 一网通办 (ordinary): two rates, the 一件事 increment answers (stock beside), handled cases
row("市政务服务管理局、市大数据局",
    "深化“一网通办”改革,政务服务事项网上可办率达到99%以上,全程网办率达到85%,新增“一件事一次办”集成服务事项20项。",
    "全市依申请政务服务事项2868项,网上可办率99.6%,全程网办率86.2%;今年新增上线“一件事一次办”集成服务事项24项,累计达到56项,1-10月累计办件18.6万件。",
    targets=[M("99%", 99, "%", "政务服务事项网上可办率", bound="min"),
             M("85%", 85, "%", "全程网办率"),
             M("20项", 20, "项", "新增“一件事一次办”集成服务事项")],
    actuals=[M("2868项", 2868, "项", "依申请政务服务事项(scope)"),
             M("99.6%", 99.6, "%", "网上可办率"),
             M("86.2%", 86.2, "%", "全程网办率"),
             M("24项", 24, "项", "今年新增上线“一件事一次办”集成服务事项", period="今年"),
             M("56项", 56, "项", "累计“一件事一次办”事项(stock)"),
             M("18.6万件", 18.6, "万件", "累计办件", period="1-10月")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="99.6/99 = 1.0061; 86.2/85 = 1.0141; 24/20 = 1.2 (the stock 56项 does not answer the increment). 一件事一次办 is a slogan; the 2868 items are scope.")

# 14 一网统管: scenes online vs in joint testing (nth inside 26个), devices 累计, a disposal rate
row("市城市运行管理中心、市大数据局、市公安局",
    "推进城市运行“一网统管”,新建上线应用场景30个,接入城市感知设备5万个,城市事件按期处置率达到95%以上。",
    "围绕城市管理、应急指挥、生态环保等领域,已上线“一网统管”应用场景26个,另有6个场景完成开发,正在联调测试;累计接入视频监控、烟感、水位等各类感知设备5.42万个;1-10月平台流转处置城市事件31.5万件,按期处置率96.8%。",
    targets=[M("30个", 30, "个", "新建上线应用场景"),
             M("5万个", 5, "万个", "接入城市感知设备"),
             M("95%", 95, "%", "城市事件按期处置率", bound="min")],
    actuals=[M("26个", 26, "个", "已上线应用场景"),
             M("6个", 6, "个", "正在联调测试场景(candidates)", nth=1),
             M("5.42万个", 5.42, "万个", "累计接入感知设备"),
             M("31.5万件", 31.5, "万件", "流转处置城市事件", period="1-10月"),
             M("96.8%", 96.8, "%", "按期处置率", period="1-10月")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="26/30 = 0.8667; the 6 scenes still in joint testing are not online (would-be sum 1.0667). The device target is a level of connected devices (no 新增): 5.42/5 = 1.084. 96.8/95 = 1.0189; the event count has no target. '6个' nth 0 lies inside '26个'.")

# 15 电子证照 (full-width digits, ordinary): types, a stock target answered by the stock, calls, exempt items
P = "截至１０月底"
row("市政务服务管理局、市大数据局",
    "推进电子证照扩面增效,新增电子证照类型３０类,电子证照累计制发量达到１２００万张,实现高频证照“免提交”事项２００项。",
    "截至１０月底,新增电子证照类型３４类,累计制发电子证照１１５６万张,今年以来电子证照调用２８６万次;已实现高频证照“免提交”事项２１８项。",
    targets=[M("３０类", 30, "类", "新增电子证照类型"),
             M("１２００万张", 1200, "万张", "电子证照累计制发量"),
             M("２００项", 200, "项", "高频证照“免提交”事项")],
    actuals=[M("３４类", 34, "类", "新增电子证照类型", period=P),
             M("１１５６万张", 1156, "万张", "累计制发电子证照", period=P),
             M("２８６万次", 286, "万次", "电子证照调用", period="今年以来"),
             M("２１８项", 218, "项", "已实现“免提交”事项")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Full-width digits. 34/30 = 1.1333; 1156/1200 = 0.9633; 218/200 = 1.09. The call count has no target.")

# 16 数字乡村: pilots only applied for (nth inside 12个), villages built vs awaiting acceptance, coverage with scope
row("市委网信办、市农业农村局、市大数据局",
    "创建省级数字乡村试点县(市、区)2个,建设市级数字乡村示范村50个,益农信息社行政村覆盖率保持100%。",
    "青川县、临江区2个县区已申报省级数字乡村试点,正在省级评审;今年新建成市级数字乡村示范村43个,另有12个村已完成建设,正在组织验收;全市1360个行政村均建有益农信息社,覆盖率100%。",
    targets=[M("2个", 2, "个", "创建省级数字乡村试点县(市、区)"),
             M("50个", 50, "个", "建设市级数字乡村示范村"),
             M("100%", 100, "%", "益农信息社行政村覆盖率")],
    actuals=[M("2个", 2, "个", "已申报省级试点县区(candidates)", nth=0),
             M("43个", 43, "个", "今年新建成示范村", period="今年"),
             M("12个", 12, "个", "正在组织验收示范村(candidates)", period="今年"),
             M("1360个", 1360, "个", "行政村(scope)"),
             M("100%", 100, "%", "益农信息社覆盖率")],
    pairs=[("t2", ["a2"]), ("t3", ["a5"])],
    note="The two pilots are only applied for and under review: t1 is unpaired (would-be 1.0). 43/50 = 0.86; the 12 villages awaiting acceptance do not count (would-be sum 1.1). 100/100 = 1.0 over the 1360 villages (均建有). '2个' nth 1 lies inside '12个'.")

# 17 智慧社区 (Chinese numerals, ordinary): communities built vs four in joint testing, stations over target, funds
P = "今年以来"
row("市民政局、市大数据局、各区县人民政府",
    "新建智慧社区四十个,完成社区服务站点智能化改造一百二十个。",
    "今年以来,全市已建成智慧社区三十六个,另有四个正在进行系统联调;完成社区服务站点智能化改造一百三十二个,落实建设资金一千二百八十万元。",
    targets=[M("四十个", 40, "个", "新建智慧社区"),
             M("一百二十个", 120, "个", "社区服务站点智能化改造")],
    actuals=[M("三十六个", 36, "个", "已建成智慧社区", period=P),
             M("四个", 4, "个", "正在系统联调的智慧社区", period=P),
             M("一百三十二个", 132, "个", "完成社区服务站点智能化改造", period=P),
             M("一千二百八十万元", 1280, "万元", "落实建设资金", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals. 36/40 = 0.9; the four still in joint testing do not count (would-be sum 1.0). 132/120 = 1.1. The funds have no target.")

# 18 網絡安全 (traditional): inspection coverage only in words, a filing rate short, a test rate, drills (two 100% targets, nth)
P = "截至10月底"
row("市委網信辦、市公安局網安支隊、市大數據局",
    "開展關鍵信息基礎設施網絡安全檢查,檢查覆蓋率100%;三級以上網絡安全等級保護對象備案率達到100%、等級測評率達到90%以上;組織網絡安全應急演練2次以上。",
    "截至10月底,對全市68家關鍵信息基礎設施運營單位開展網絡安全檢查,實現檢查全覆蓋,發現並督促整改安全隱患215個;全市已備案三級以上等級保護對象342個,備案率98.8%,已完成等級測評318個,測評率93%;6月、9月先後組織開展網絡安全攻防演練和應急處置演練共2次,參演單位86家。",
    targets=[M("100%", 100, "%", "關鍵信息基礎設施網絡安全檢查覆蓋率", nth=0),
             M("100%", 100, "%", "三級以上等級保護對象備案率", nth=1),
             M("90%", 90, "%", "等級測評率", bound="min"),
             M("2次", 2, "次", "網絡安全應急演練", bound="min")],
    actuals=[M("68家", 68, "家", "關鍵信息基礎設施運營單位(scope)", period=P),
             M("215個", 215, "個", "整改安全隱患", period=P),
             M("342個", 342, "個", "已備案三級以上等級保護對象", period=P),
             M("98.8%", 98.8, "%", "備案率", period=P),
             M("318個", 318, "個", "已完成等級測評對象", period=P),
             M("93%", 93, "%", "等級測評率", period=P),
             M("2次", 2, "次", "攻防演練和應急處置演練"),
             M("86家", 86, "家", "參演單位")],
    pairs=[("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="Traditional characters. The inspection coverage is reported only in words (實現檢查全覆蓋 of the 68 operators): t1 is unpaired (would-be 1.0). Filing 98.8/100 = 0.988; testing 93/90 = 1.0333 (318 of 342). Drills 2/2 = 1.0 (共2次 sums the two kinds). 三級 is a level label; 6月/9月 are dates.")

# 19 数字技能人才: trainees answered, the talent target is this year's increment but only the stock is reported, recruits with a 其中 part
P = "今年以来"
row("市人力资源社会保障局、市大数据局、市教育局",
    "开展数字技能人才培训2万人次,新增数字经济领域高技能人才1500人,引进信息技术领域高层次人才100名。",
    "今年以来,联合8所高校和26家龙头企业开展人工智能、大数据、云计算等数字技能培训312期,培训2.18万人次;全市数字经济领域高技能人才总量达到1.86万人;引进信息技术领域高层次人才87名,其中博士23名。",
    targets=[M("2万人次", 2, "万人次", "数字技能人才培训"),
             M("1500人", 1500, "人", "新增数字经济领域高技能人才"),
             M("100名", 100, "名", "引进信息技术领域高层次人才")],
    actuals=[M("8所", 8, "所", "合作高校", period=P),
             M("26家", 26, "家", "合作龙头企业", period=P),
             M("312期", 312, "期", "数字技能培训", period=P),
             M("2.18万人次", 2.18, "万人次", "数字技能培训", period=P),
             M("1.86万人", 1.86, "万人", "高技能人才总量(stock)"),
             M("87名", 87, "名", "引进高层次人才", period=P),
             M("23名", 23, "名", "其中博士", period=P)],
    pairs=[("t1", ["a4"]), ("t3", ["a6"])],
    note="2.18/2 = 1.09. The talent target is the year's increment (新增) but only the stock 总量1.86万人 is reported: t2 is unpaired (would-be 12.4). 87/100 = 0.87; the 23 doctors are a part. Schools, firms and courses have no target.")

# 20 数字经济招商: signed projects, the 10亿元以上 sub-target short with two more only expected (nth inside 52个), investment
P = "1-10月"
row("市投资促进局、市发展改革委、市大数据局",
    "开展数字经济精准招商,新签约数字经济项目80个,其中10亿元以上项目8个,完成数字经济项目投资150亿元。",
    "1-10月,全市新签约数字经济项目86个,总投资426亿元,其中10亿元以上项目7个;新开工数字经济项目52个;完成数字经济项目投资131.6亿元,同比增长18.7%。另有2个10亿元以上项目已完成洽谈,拟于11月集中签约。",
    targets=[M("80个", 80, "个", "新签约数字经济项目"),
             M("8个", 8, "个", "10亿元以上签约项目"),
             M("150亿元", 150, "亿元", "数字经济项目投资")],
    other=[O("10亿元", 10, "亿元", "class threshold (10亿元以上项目)")],
    actuals=[M("86个", 86, "个", "新签约数字经济项目", period=P),
             M("426亿元", 426, "亿元", "签约项目总投资", period=P),
             M("10亿元", 10, "亿元", "项目规模门槛(class threshold)", nth=0),
             M("7个", 7, "个", "10亿元以上签约项目", period=P),
             M("52个", 52, "个", "新开工数字经济项目", period=P),
             M("131.6亿元", 131.6, "亿元", "完成数字经济项目投资", period=P),
             M("18.7%", 18.7, "%", "投资同比增长", kind="growth", period=P),
             M("2个", 2, "个", "拟签约10亿元以上项目(forecast)", nth=1),
             M("10亿元", 10, "亿元", "项目规模门槛(class threshold)", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="86/80 = 1.075. 7/8 = 0.875; the 2 projects only negotiated and to be signed in 11月 are a forecast (would-be sum 1.125). 131.6/150 = 0.8773 (the growth has no target); 426亿元 is the signed projects' total, not investment done. '2个' nth 0 lies inside '52个'.")

# 21 5G应用: 分别 in the progress with the task order changed, stocks beside, scenes recognised
row("市经信局、市通信发展管理办公室",
    "打造5G行业应用示范场景50个,建设5G行业虚拟专网120个、“5G+工业互联网”项目30个。",
    "今年以来,全市5G行业虚拟专网、“5G+工业互联网”项目分别新增136个、28个,累计分别达到412个、96个;遴选发布5G行业应用示范场景52个,覆盖智能制造、智慧港口、智慧医疗等15个领域。",
    targets=[M("50个", 50, "个", "5G行业应用示范场景"),
             M("120个", 120, "个", "5G行业虚拟专网"),
             M("30个", 30, "个", "“5G+工业互联网”项目")],
    actuals=[M("136个", 136, "个", "新增5G行业虚拟专网", period="今年以来"),
             M("28个", 28, "个", "新增“5G+工业互联网”项目", period="今年以来"),
             M("412个", 412, "个", "累计5G行业虚拟专网(stock)"),
             M("96个", 96, "个", "累计“5G+工业互联网”项目(stock)"),
             M("52个", 52, "个", "遴选发布5G行业应用示范场景"),
             M("15个", 15, "个", "覆盖领域")],
    pairs=[("t1", ["a5"]), ("t2", ["a1"]), ("t3", ["a2"])],
    note="分别 maps 136个 to 虚拟专网 (136/120 = 1.1333) and 28个 to “5G+工业互联网” (28/30 = 0.9333); the task names 建设 this year, so the 累计 412/96 do not answer. Scenes 52/50 = 1.04; the 15 fields have no target. “5G+工业互联网” is a name.")

# 22 政务云: a rate short of 100% with numerator and denominator, a remainder migrating, catalogue entries, calls
row("市大数据局、市政务服务管理局",
    "推进政务信息系统整合上云,市级部门非涉密政务信息系统上云率达到100%,新增编制数据共享目录1500条,共享交换平台数据调用量达到3000万次。",
    "市级部门186个非涉密政务信息系统中已迁移上云181个,上云率97.3%,其余5个因系统改造正在迁移;新增编制数据共享目录1620条;1-10月共享交换平台累计调用数据2860万次。",
    targets=[M("100%", 100, "%", "非涉密政务信息系统上云率"),
             M("1500条", 1500, "条", "新增编制数据共享目录"),
             M("3000万次", 3000, "万次", "共享交换平台数据调用量")],
    actuals=[M("186个", 186, "个", "市级部门非涉密政务信息系统(scope)"),
             M("181个", 181, "个", "已迁移上云系统"),
             M("97.3%", 97.3, "%", "上云率"),
             M("5个", 5, "个", "正在迁移系统"),
             M("1620条", 1620, "条", "新增编制数据共享目录"),
             M("2860万次", 2860, "万次", "共享交换平台累计调用数据", period="1-10月")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="97.3/100 = 0.973 (181 of 186; the 5 still migrating do not count). 1620/1500 = 1.08. 2860/3000 = 0.9533 for ten months.")

# 23 试验区与园区 (nothing answers): a national zone only submitted, parks applied for and two under public notice
row("市发展改革委、市大数据局、高新区管委会",
    "争创国家级数字经济创新发展试验区1个,新增省级数字经济特色产业园区3个。",
    "已会同省发展改革委完成国家级数字经济创新发展试验区申报方案编制,并于9月正式上报国家发展改革委,待审批;高新区数字经济产业园、临港软件园等4个园区已向省大数据局提交省级数字经济特色产业园区创建申请,其中2个已通过省级专家评审,正在公示。",
    targets=[M("1个", 1, "个", "争创国家级数字经济创新发展试验区"),
             M("3个", 3, "个", "新增省级数字经济特色产业园区")],
    actuals=[M("4个", 4, "个", "提交创建申请园区(candidates)"),
             M("2个", 2, "个", "正在公示园区(candidates)")],
    note="Nothing answers. The national zone is only submitted and awaits approval (no number; would-be 1.0). The 4 parks have only applied (would-be 1.3333) and the 2 that passed the review are under public notice (would-be 0.6667). 9月 is a date.")

# 24 數字化轉型 (traditional): enterprises done vs in progress, lighthouses, a CNC rate short, another rate without target
P = "截至10月底"
row("市經信局、市中小企業服務中心、市財政局",
    "推進中小企業數字化轉型城市試點,推動1200家中小企業完成數字化改造,培育數字化轉型“小燈塔”企業50家,規上工業企業關鍵工序數控化率達到65%。",
    "截至10月底,全市已有1086家中小企業完成數字化改造並通過第三方評估,另有214家企業改造項目正在實施;認定數字化轉型“小燈塔”企業38家;規上工業企業關鍵工序數控化率63.2%,數字化研發設計工具普及率82.4%。",
    targets=[M("1200家", 1200, "家", "中小企業完成數字化改造"),
             M("50家", 50, "家", "培育“小燈塔”企業"),
             M("65%", 65, "%", "關鍵工序數控化率")],
    actuals=[M("1086家", 1086, "家", "完成數字化改造中小企業", period=P),
             M("214家", 214, "家", "改造項目正在實施企業", period=P),
             M("38家", 38, "家", "認定“小燈塔”企業", period=P),
             M("63.2%", 63.2, "%", "關鍵工序數控化率", period=P),
             M("82.4%", 82.4, "%", "數字化研發設計工具普及率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters. 1086/1200 = 0.905; the 214 still under way do not count (would-be sum 1.0833). 38/50 = 0.76. 63.2/65 = 0.9723; the tool rate has no target. 第三方 is a word.")

# 25 智能制造: 各2家以上 over two levels, the national level short with one under public notice (nth), suppliers
row("市经信局、市科技局",
    "新增国家级、省级智能制造示范工厂各2家以上,新培育智能制造系统解决方案供应商10家。",
    "今年新入选国家级智能制造示范工厂1家、省级智能制造示范工厂5家;另有1家企业已通过国家级示范工厂揭榜任务验收,正在公示;新培育智能制造系统解决方案供应商12家,服务本地企业智能化改造项目236个。",
    targets=[M("各2家", 2, "家", "新增国家级智能制造示范工厂", bound="min"),
             M("各2家", 2, "家", "新增省级智能制造示范工厂", bound="min"),
             M("10家", 10, "家", "新培育智能制造系统解决方案供应商")],
    actuals=[M("1家", 1, "家", "新入选国家级智能制造示范工厂", nth=0, period="今年"),
             M("5家", 5, "家", "新入选省级智能制造示范工厂", period="今年"),
             M("1家", 1, "家", "正在公示国家级示范工厂(candidate)", nth=1),
             M("12家", 12, "家", "新培育解决方案供应商"),
             M("236个", 236, "个", "服务智能化改造项目")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="各2家以上 is two min targets on one span: national 1/2 = 0.5 (the one under public notice is a candidate, would-be sum 1.0), provincial 5/2 = 2.5. 12/10 = 1.2; the projects served have no target.")

# 26 跨境电商: 进口 + 出口 summed for 进出口额, 分别 growths, new warehouses vs the stock, an area
P = "1-10月"
row("市商务局、市海关、市邮政管理局",
    "跨境电商进出口额达到45亿元,新增跨境电商经营主体100家,新建海外仓3个。",
    "1-10月,全市跨境电商进口额9.6亿元、出口额27.8亿元,同比分别增长12.4%、21.6%;新增跨境电商经营主体118家;在东南亚、中东新建海外仓2个,累计运营海外仓7个,面积5.2万平方米。",
    targets=[M("45亿元", 45, "亿元", "跨境电商进出口额"),
             M("100家", 100, "家", "新增跨境电商经营主体"),
             M("3个", 3, "个", "新建海外仓")],
    actuals=[M("9.6亿元", 9.6, "亿元", "跨境电商进口额", period=P),
             M("27.8亿元", 27.8, "亿元", "跨境电商出口额", period=P),
             M("12.4%", 12.4, "%", "进口额同比增长", kind="growth", period=P),
             M("21.6%", 21.6, "%", "出口额同比增长", kind="growth", period=P),
             M("118家", 118, "家", "新增跨境电商经营主体", period=P),
             M("2个", 2, "个", "新建海外仓", period=P),
             M("7个", 7, "个", "累计运营海外仓(stock)", period=P),
             M("5.2万平方米", 5.2, "万平方米", "海外仓面积", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Only import and export are given: 9.6 + 27.8 = 37.4亿元 against 45 (combine sum, 0.8311). 分别 maps the growths in order; no growth target. 118/100 = 1.18. New warehouses 2/3 = 0.6667; the stock 7个 does not answer.")

# 27 核心产业规上企业: new registered vs reaching the threshold (to be filed), the stock answers 达到, elided-subject growth
P = "前三季度"
row("市统计局、市经信局、市大数据局",
    "新增数字经济核心产业规上企业60家,核心产业规上企业总数达到500家,营业收入增长15%。",
    "前三季度新增纳统数字经济核心产业规上企业46家,另有21家企业已达到规上标准,拟于年底申报入库;全市核心产业规上企业达到487家,实现营业收入1286.5亿元,同比增长16.3%。",
    targets=[M("60家", 60, "家", "新增数字经济核心产业规上企业"),
             M("500家", 500, "家", "核心产业规上企业总数"),
             M("15%", 15, "%", "核心产业规上企业营业收入增长", kind="growth")],
    actuals=[M("46家", 46, "家", "新增纳统核心产业规上企业", period=P),
             M("21家", 21, "家", "拟申报入库企业(candidates)", period=P),
             M("487家", 487, "家", "核心产业规上企业", period=P),
             M("1286.5亿元", 1286.5, "亿元", "核心产业规上企业营业收入", period=P),
             M("16.3%", 16.3, "%", "营业收入同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="46/60 = 0.7667; the 21 that only reached the threshold and will apply at year end are candidates (would-be sum 1.1167). The stock 487/500 = 0.974. Growth 16.3/15 = 1.0867; the income level has no target.")

# 28 掌上办 (full-width digits, ordinary): items, a rectification rate, satisfaction; users and cases without target
row("市政务服务管理局、市大数据局",
    "推动政务服务“掌上办”,“掌上办”事项达到１５００项,政务服务“好差评”差评整改率达到１００％,企业群众满意度不低于９９％。",
    "截至１０月底,依托“城市通”ＡＰＰ上线“掌上办”事项１５６２项,注册用户４８６．２万人,１－１０月累计办件２１３万件;收到差评１２６件,已全部整改,整改率１００％;企业群众满意度９９．８２％。",
    targets=[M("１５００项", 1500, "项", "“掌上办”事项"),
             M("１００％", 100, "%", "差评整改率"),
             M("９９％", 99, "%", "企业群众满意度", bound="min")],
    actuals=[M("１５６２项", 1562, "项", "上线“掌上办”事项", period="截至１０月底"),
             M("４８６．２万人", 486.2, "万人", "注册用户", period="截至１０月底"),
             M("２１３万件", 213, "万件", "累计办件", period="１－１０月"),
             M("１２６件", 126, "件", "收到差评"),
             M("１００％", 100, "%", "差评整改率"),
             M("９９．８２％", 99.82, "%", "企业群众满意度")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Full-width digits. 1562/1500 = 1.0413; 100/100 = 1.0 (126 complaints, all rectified); 99.82/99 = 1.0083. Users and cases have no target.")

# 29 CIM与城市大脑 (nothing answers): only tendered, aerial survey area (a prior stage), a budget estimate
row("市大数据局、市住房城乡建设局、市自然资源和规划局",
    "建成城市信息模型(CIM)基础平台,完成中心城区三维建模200平方公里,城市大脑二期项目完成投资3亿元。",
    "CIM基础平台已完成招标,中标单位正在开展需求调研和系统设计;中心城区三维实景数据采集已完成外业航飞215平方公里,内业建模正在推进;城市大脑二期项目可研报告已批复,概算总投资4.8亿元,计划12月开工。",
    targets=[M("200平方公里", 200, "平方公里", "中心城区三维建模"),
             M("3亿元", 3, "亿元", "城市大脑二期项目完成投资")],
    actuals=[M("215平方公里", 215, "平方公里", "完成外业航飞(data acquisition)"),
             M("4.8亿元", 4.8, "亿元", "城市大脑二期概算总投资(scope)")],
    note="Nothing answers. The platform is only tendered (no number). 215平方公里 is aerial data acquisition, a stage before modelling, which is still under way (would-be 1.075). 4.8亿元 is the approved budget estimate of a project that starts only in 12月 (would-be 1.6). 二期 is a phase label.")

# 30 農村電商 (traditional): a YTD amount, county + town + village service points summed, leaders trained
P = "1-10月"
row("市商務局、市農業農村局、市郵政管理局",
    "發展農村電子商務,農產品網絡零售額達到32億元,新建改造縣鄉村三級電商物流服務站點150個,培育農村電商帶頭人500名。",
    "1-10月,全市農產品網絡零售額28.75億元,同比增長19.2%;新建改造縣級電商公共服務中心2個、鎮級電商物流服務站36個、村級服務點98個;開展農村電商培訓46期,培育農村電商帶頭人532名。",
    targets=[M("32億元", 32, "億元", "農產品網絡零售額"),
             M("150個", 150, "個", "新建改造縣鄉村三級電商物流服務站點"),
             M("500名", 500, "名", "培育農村電商帶頭人")],
    actuals=[M("28.75億元", 28.75, "億元", "農產品網絡零售額", period=P),
             M("19.2%", 19.2, "%", "農產品網絡零售額同比增長", kind="growth", period=P),
             M("2個", 2, "個", "縣級電商公共服務中心", period=P),
             M("36個", 36, "個", "鎮級電商物流服務站", period=P),
             M("98個", 98, "個", "村級服務點", period=P),
             M("46期", 46, "期", "農村電商培訓", period=P),
             M("532名", 532, "名", "培育農村電商帶頭人", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4", "a5"]), ("t3", ["a7"])],
    note="Traditional characters. 28.75/32 = 0.8984 (the growth has no target). The three-level target is met by the sum of its levels, 2 + 36 + 98 = 136個 (combine sum, 0.9067). 532/500 = 1.064. 三級 is a level label.")

# 31 授权运营: scenes online vs in development, income so far vs a full-year forecast, enterprises and interfaces beside
row("市大数据局、市数据集团",
    "开展公共数据授权运营,上线数据应用场景20个,实现授权运营收入3000万元。",
    "市公共数据授权运营平台于6月上线运行,已向12家企业授权数据接口86个,上线金融风控、普惠信贷、交通出行等数据应用场景14个,另有7个场景正在开发;实现授权运营服务收入1860万元,预计全年可达2800万元左右。",
    targets=[M("20个", 20, "个", "上线数据应用场景"),
             M("3000万元", 3000, "万元", "授权运营收入")],
    actuals=[M("12家", 12, "家", "获授权企业"),
             M("86个", 86, "个", "授权数据接口"),
             M("14个", 14, "个", "上线数据应用场景"),
             M("7个", 7, "个", "正在开发场景"),
             M("1860万元", 1860, "万元", "授权运营服务收入"),
             M("2800万元", 2800, "万元", "预计全年授权运营收入(forecast)", period="全年")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="14/20 = 0.7; the 7 in development do not count (would-be sum 1.05). Income so far 1860/3000 = 0.62; the full-year forecast 2800万元 (左右) does not answer (would-be 0.9333). 6月 is a date.")

# 32 农村信息基础设施 (Chinese numerals): villages reached, a rate in words, fibre length, rural 5G stations, towns as scope
P = "今年以来"
row("市通信发展管理办公室、市农业农村局、各基础电信企业",
    "推进农村信息基础设施建设,新增通千兆光网行政村八十个,新建农村5G基站六百个,重点乡镇镇区实现5G网络连续覆盖。",
    "今年以来,新增通千兆光网行政村九十二个,全市行政村千兆光网通达率达到百分之九十六点五;新建改造农村光缆线路八百六十公里,新建农村5G基站五百四十个,二十三个重点乡镇镇区已全部实现5G网络连续覆盖。",
    targets=[M("八十个", 80, "个", "新增通千兆光网行政村"),
             M("六百个", 600, "个", "新建农村5G基站")],
    actuals=[M("九十二个", 92, "个", "新增通千兆光网行政村", period=P),
             M("百分之九十六点五", 96.5, "%", "行政村千兆光网通达率", period=P),
             M("八百六十公里", 860, "公里", "新建改造农村光缆线路", period=P),
             M("五百四十个", 540, "个", "新建农村5G基站", period=P),
             M("二十三个", 23, "个", "重点乡镇镇区(scope)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Chinese numerals, including a percentage written 百分之九十六点五. 92/80 = 1.15; 540/600 = 0.9. The town coverage target has no number and is answered in words over the 23 towns. Fibre and the rate have no target.")

# 33 软件产业: registrations, provincial key enterprises vs candidates only recommended, a level of 超10亿元 firms with a change
P = "1-10月"
row("市大数据局、市市场监管局(知识产权局)、市经信局",
    "软件著作权登记量达到8000件,培育省级重点软件企业20家,营收超10亿元软件企业达到3家。",
    "1-10月,全市登记软件著作权7126件,同比增长9.8%;新认定省级重点软件企业14家,另有8家企业已通过市级初审,推荐上报省经信厅;全市营收超10亿元的软件企业达到3家,比上年增加1家。",
    targets=[M("8000件", 8000, "件", "软件著作权登记量"),
             M("20家", 20, "家", "培育省级重点软件企业"),
             M("3家", 3, "家", "营收超10亿元软件企业")],
    other=[O("10亿元", 10, "亿元", "class threshold (营收超10亿元)")],
    actuals=[M("7126件", 7126, "件", "登记软件著作权", period=P),
             M("9.8%", 9.8, "%", "登记量同比增长", kind="growth", period=P),
             M("14家", 14, "家", "新认定省级重点软件企业", period=P),
             M("8家", 8, "家", "推荐上报企业(candidates)", period=P),
             M("10亿元", 10, "亿元", "营收门槛(class threshold)"),
             M("3家", 3, "家", "营收超10亿元软件企业"),
             M("1家", 1, "家", "比上年增加(change)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="7126/8000 = 0.8908. 14/20 = 0.7; the 8 only recommended after the city's preliminary check are candidates (would-be sum 1.1). The level target 达到3家 is answered by the level: 3/3 = 1.0; 增加1家 is the change over last year and does not answer.")

# 34 免申即享 (full-width digits): items this year, funds short, a 跨省通办 level answered by the stock (new beside)
P = "今年以来"
row("市政务服务管理局、市发展改革委、市财政局",
    "推进惠企政策“免申即享”,新增“免申即享”政策事项５０项,兑现惠企资金３亿元以上,“跨省通办”事项达到２００项。",
    "今年以来,新增上线“免申即享”政策事项４６项,累计惠及企业１．２６万家,直接兑现资金２．８５亿元;与长三角等地区新增“跨省通办”事项３２项,累计达到２１８项。",
    targets=[M("５０项", 50, "项", "新增“免申即享”政策事项"),
             M("３亿元", 3, "亿元", "兑现惠企资金", bound="min"),
             M("２００项", 200, "项", "“跨省通办”事项")],
    actuals=[M("４６项", 46, "项", "新增上线“免申即享”政策事项", period=P),
             M("１．２６万家", 1.26, "万家", "惠及企业", period=P),
             M("２．８５亿元", 2.85, "亿元", "直接兑现资金", period=P),
             M("３２项", 32, "项", "新增“跨省通办”事项", period=P),
             M("２１８项", 218, "项", "累计“跨省通办”事项")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Full-width digits. 46/50 = 0.92; 2.85/3 = 0.95. The 跨省通办 target is a level (达到), answered by the stock: 218/200 = 1.09; the new 32项 do not answer it. Enterprises reached have no target.")

# 35 电信业: a range growth target short (lower end), a volume growth, investment so far vs a full-year forecast
P = "1-10月"
row("市通信发展管理办公室、各基础电信企业",
    "电信业务收入增长5%-6%,电信业务总量增长12%以上,电信企业完成固定资产投资28亿元。",
    "1-10月,全市电信业务收入48.6亿元,同比增长4.2%;按上年不变价计算,电信业务总量同比增长13.5%;电信企业完成固定资产投资24.3亿元,其中5G投资11.8亿元,预计全年完成29亿元。",
    targets=[M("5%-6%", 5, "%", "电信业务收入增长", kind="growth", bound="range", value_max=6),
             M("12%", 12, "%", "电信业务总量增长", kind="growth", bound="min"),
             M("28亿元", 28, "亿元", "电信企业固定资产投资")],
    actuals=[M("48.6亿元", 48.6, "亿元", "电信业务收入", period=P),
             M("4.2%", 4.2, "%", "电信业务收入同比增长", kind="growth", period=P),
             M("13.5%", 13.5, "%", "电信业务总量同比增长", kind="growth", period=P),
             M("24.3亿元", 24.3, "亿元", "完成固定资产投资", period=P),
             M("11.8亿元", 11.8, "亿元", "5G投资", period=P),
             M("29亿元", 29, "亿元", "预计全年固定资产投资(forecast)", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="The range is measured at its lower end: 4.2/5 = 0.84 (below the range). 13.5/12 = 1.125. Investment so far 24.3/28 = 0.8679; the full-year 29亿元 is a forecast (would-be 1.0357); 5G投资 is a part.")

# 36 12345熱線 (traditional, ordinary): three rates, the cases with two parts and a growth; 12345 is a name
P = "1-10月"
row("市政務服務管理局(市12345熱線辦)",
    "優化12345政務服務便民熱線,熱線接通率達到95%以上,工單按期辦結率達到98%,群眾滿意率不低於92%。",
    "1-10月,12345熱線共受理群眾來電、網絡訴求286.4萬件,同比增長7.3%,其中直接答復213.6萬件、派發工單72.8萬件;熱線接通率96.2%,工單按期辦結率97.4%,群眾滿意率93.1%。",
    targets=[M("95%", 95, "%", "熱線接通率", bound="min"),
             M("98%", 98, "%", "工單按期辦結率"),
             M("92%", 92, "%", "群眾滿意率", bound="min")],
    actuals=[M("286.4萬件", 286.4, "萬件", "受理群眾來電、網絡訴求", period=P),
             M("7.3%", 7.3, "%", "受理量同比增長", kind="growth", period=P),
             M("213.6萬件", 213.6, "萬件", "直接答復", period=P),
             M("72.8萬件", 72.8, "萬件", "派發工單", period=P),
             M("96.2%", 96.2, "%", "熱線接通率", period=P),
             M("97.4%", 97.4, "%", "工單按期辦結率", period=P),
             M("93.1%", 93.1, "%", "群眾滿意率", period=P)],
    pairs=[("t1", ["a5"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="Traditional characters. 96.2/95 = 1.0126; 97.4/98 = 0.9939 (just short); 93.1/92 = 1.012. The case volume and its parts have no target. 12345 is the hotline's name.")

# 37 企业开办: a restated target, the realised rate answers, two caps answered under the cap
P = "今年以来"
row("市市场监管局、市政务服务管理局",
    "深化“高效办成一件事”,企业开办全程网办率达到95%,企业开办时间压缩至1个工作日以内,政务服务事项平均承诺时限压缩至法定时限的40%以内。",
    "年初确定的企业开办全程网办率目标为95%。今年以来,全市新设立市场主体4.36万户,其中企业1.28万户,企业开办全程网办率97.1%,平均用时0.6个工作日;政务服务事项平均承诺时限为法定时限的36.5%。",
    targets=[M("95%", 95, "%", "企业开办全程网办率"),
             M("1个工作日", 1, "个工作日", "企业开办时间", bound="max"),
             M("40%", 40, "%", "平均承诺时限占法定时限比例", bound="max")],
    actuals=[M("95%", 95, "%", "年初确定的全程网办率目标(restated target)"),
             M("4.36万户", 4.36, "万户", "新设立市场主体", period=P),
             M("1.28万户", 1.28, "万户", "新设立企业", period=P),
             M("97.1%", 97.1, "%", "企业开办全程网办率", period=P),
             M("0.6个工作日", 0.6, "个工作日", "企业开办平均用时", period=P),
             M("36.5%", 36.5, "%", "平均承诺时限占法定时限比例", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="The restated 95% does not answer; the realised 97.1/95 = 1.0221. Both caps are met: 0.6/1 = 0.6 and 36.5/40 = 0.9125 (under the cap). New entities have no target. 一件事 is a slogan.")

# 38 5G基站分运营商: 分别 over three carriers, the total given as 合计 (parts not added again), a share, sharing retrofits
P = "截至10月底"
row("中国移动市分公司、中国电信市分公司、中国联通市分公司、中国铁塔市分公司",
    "三家基础电信企业新建5G基站1800个,其中中国移动900个、中国电信450个、中国联通450个;中国铁塔公司完成5G站址共享改造1200个。",
    "截至10月底,中国移动、中国电信、中国联通分别新建5G基站836个、402个、471个,合计1709个,完成年度任务的94.9%;中国铁塔公司完成站址共享改造1136个,新建站址共享率96.8%。",
    targets=[M("1800个", 1800, "个", "新建5G基站"),
             M("900个", 900, "个", "中国移动新建5G基站"),
             M("450个", 450, "个", "中国电信新建5G基站", nth=0),
             M("450个", 450, "个", "中国联通新建5G基站", nth=1),
             M("1200个", 1200, "个", "5G站址共享改造")],
    other=[O("三家", 3, "家", "scope (the three carriers named after it)")],
    actuals=[M("836个", 836, "个", "中国移动新建5G基站", period=P),
             M("402个", 402, "个", "中国电信新建5G基站", period=P),
             M("471个", 471, "个", "中国联通新建5G基站", period=P),
             M("1709个", 1709, "个", "合计新建5G基站", period=P),
             M("94.9%", 94.9, "%", "完成年度任务的(比例)", period=P),
             M("1136个", 1136, "个", "完成站址共享改造", period=P),
             M("96.8%", 96.8, "%", "新建站址共享率", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a1"]), ("t3", ["a2"]), ("t4", ["a3"]), ("t5", ["a6"])],
    note="The 合计 answers the total: 1709/1800 = 0.9494 (94.9% is the share). 分别 maps the carriers in order: 836/900 = 0.9289, 402/450 = 0.8933, 471/450 = 1.0467. 1136/1200 = 0.9467; the sharing rate has no target. 三家 counts the carriers (scope, not a target).")

# 39 数字农业: bases answered (a provincial factory is another kind), an estimated rate, monitoring points reported only as stock and as devices
row("市农业农村局、市大数据局",
    "建设数字农业应用基地20个,农业生产信息化率达到32%,新增智慧农业物联网监测点500个。",
    "今年新认定市级数字农业应用基地16个、省级数字农业工厂3个;据初步测算,全市农业生产信息化率31.6%,较上年提高2.3个百分点;新布设虫情测报、土壤墒情等物联网监测设备620台(套),全市累计建成智慧农业物联网监测点1860个,覆盖农田8.6万亩。",
    targets=[M("20个", 20, "个", "建设数字农业应用基地"),
             M("32%", 32, "%", "农业生产信息化率"),
             M("500个", 500, "个", "新增智慧农业物联网监测点")],
    actuals=[M("16个", 16, "个", "新认定市级数字农业应用基地", period="今年"),
             M("3个", 3, "个", "省级数字农业工厂", nth=0, period="今年"),
             M("31.6%", 31.6, "%", "农业生产信息化率(初步测算)"),
             M("2.3个百分点", 2.3, "个百分点", "信息化率较上年提高", kind="growth"),
             M("620台(套)", 620, "台(套)", "新布设物联网监测设备"),
             M("1860个", 1860, "个", "累计建成智慧农业物联网监测点(stock)"),
             M("8.6万亩", 8.6, "万亩", "覆盖农田")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="16/20 = 0.8; the provincial 数字农业工厂 is another kind and is not added (would-be sum 0.95). The estimate answers: 31.6/32 = 0.9875. Monitoring points: the target is this year's new points, but the text gives only new devices (台(套), another measure, would-be 1.24) and the stock of points (would-be 3.72): t3 is unpaired. '3个' nth 1 lies inside '2.3个百分点'.")

# 40 电子信息制造业: a growth target answered by a fall (signed ratio), a 其中 part answers its own target, another part beside
P = "1-10月"
row("市经信局、市统计局",
    "电子信息制造业实现规上工业产值680亿元,增长10%;集成电路产业产值突破120亿元。",
    "受消费电子市场需求疲软影响,1-10月全市规上电子信息制造业实现产值536.2亿元,同比下降2.4%;其中集成电路产业产值101.8亿元,同比增长8.6%,手机及智能终端产值172.5亿元,同比下降9.3%。",
    targets=[M("680亿元", 680, "亿元", "电子信息制造业规上工业产值"),
             M("10%", 10, "%", "电子信息制造业产值增长", kind="growth"),
             M("120亿元", 120, "亿元", "集成电路产业产值", bound="min")],
    actuals=[M("536.2亿元", 536.2, "亿元", "规上电子信息制造业产值", period=P),
             M("2.4%", 2.4, "%", "产值同比下降", kind="reduction", period=P),
             M("101.8亿元", 101.8, "亿元", "集成电路产业产值", period=P),
             M("8.6%", 8.6, "%", "集成电路产值同比增长", kind="growth", period=P),
             M("172.5亿元", 172.5, "亿元", "手机及智能终端产值", period=P),
             M("9.3%", 9.3, "%", "手机及智能终端产值同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="536.2/680 = 0.7885. The growth target is answered by a fall: signed ratio -2.4/10 = -0.24. The part 101.8/120 = 0.8483 (its growth 8.6% has no target); the 手机及智能终端 part has no target.")


probe.write(Path(__file__).with_name("probe-digital.gold.jsonl"))
