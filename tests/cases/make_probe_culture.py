"""Writes probe-culture.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one paragraph of a district
government's half-year work summary (上半年工作总结), written as prose, on culture, tourism, sports and
civil affairs; the task is the sentence of that year's government work report that promised it
(接待游客 万人次 and 旅游总收入 亿元 with growth, A级景区 and 等级民宿, 文化礼堂/城市书房/农家书屋, 送戏下乡
and 公益电影 场, 文物保护单位 by level and 文物普查 处, 非遗项目 by level, 传承人 and 非遗工坊, 全民健身赛事
场次 and 参与人次, 体育场地面积 万平方米, 人均体育场地面积 平方米, 健身步道 公里, 社会足球场 片, 养老机构床位
张 and 护理型床位占比, 居家养老服务中心 and 老年食堂/助餐点, 助餐覆盖率, 特困供养 标准 and 集中供养率, 低保
标准 元/人·月, 残疾人 康复/就业/无障碍改造, 婚姻登记 and 公益性公墓/火化率/节地生态安葬率, 社区工作者 per
万人 and 持证率, 慈善款物 万元, 志愿者 万人/比例/服务时长 万小时, 退役军人 安置/就业/服务站, 乡村旅游, 文旅
项目投资, 图书馆/博物馆/文化馆, 国民体质/社会体育指导员/健身驿站, 体育旅游, 社区服务设施, 旅游厕所, 文化
市场执法, 体育彩票 and 体育产业, 临时救助 and 审批时限, 孤儿保障标准 and 儿童主任, 家庭养老床位 and 适老化改造,
节会, 学校体育场地开放率, 社工站/社工室, 养老护理员, 规上文化企业, 运动员, 百姓健身房/多功能运动场, 研学,
旅游投诉 and 满意度, 过夜游客 and 客房出租率). Owners (责任单位) vary by row.

The progress is what the half-year summary says (上半年 / 1-6月 / 1-5月 / 截至6月底 / 今年以来 / 一季度
periods, 同比 and 较上年 growth, 累计 stocks vs this year's amounts, 其中 parts, 分别 lists, 各 in the task
and 均 in the progress, sums of parts answering a total, 完成年度目标的X% completion shares, a restated
target, a changed target (任务调整为), 预计全年 and 预计前三季度 forecasts vs 初步测算 / 预计上半年 estimates for
the elapsed half, candidates (正在公示, 已申报, 待评定, 推荐上报, 正在办理入库) vs done, elided subjects,
min/max bounds, word-only answers (全部落实, 全覆盖, 均已配齐) and two rows where nothing answers).
Rows 5, 11, 19, 29, 36 are in traditional characters; rows 17, 27, 34 use full-width digits; rows 16,
30, 37 (and 六场 in row 18) use Chinese numerals.

Gold decisions (details in each row's note):
- A half-year amount answers the annual target as progress so far (ratio < 1 is expected).
- Completion shares (完成年度目标的54.8%) are actuals of their own and never pair with the amount target.
- Forecasts for the whole year or for 前三季度 (not yet elapsed in a half-year summary) do not answer;
  an estimate for the elapsed half (经初步测算…人均体育场地面积达到2.76平方米, 预计上半年…增长10.5%左右) does.
- Candidates (正在公示, 等待评审, 已提交申请, 待省级评定, 推荐上报, 正在办理入库, 正在A级评定) and works under
  construction do not answer a create / build / recognise target; would-be ratios are in the notes.
- A re-examination of an existing base (复核) does not answer a target to create a new one (row 35).
- Rates stated only in words (全部落实, 实现全覆盖, 均已配齐) leave the rate target unpaired (rows 18, 26, 29).
- Sums: 市级以上 + 群众性赛事 for the 全民健身赛事 total (7), 老年食堂 + 助餐点 (10), 新建 + 改扩建 公墓 (14),
  新登记 + 认定 慈善组织 for 培育 (16), 省级 + 区级 示范型服务站 (18), 健身驿站 个 + 健身路径 条 (22),
  新建 + 改建 旅游厕所 (25), 二级 + 一级 运动员 for 二级以上 (36).
- A broader aggregate does not answer a narrower target: all signed 文旅项目 (11个) for 亿元以上 (row 20).
- A standard for a different group does not answer: 集中养育孤儿 2300元 beside 散居孤儿和事实无人抚养儿童
  2100元 (row 29); the 2100 standard answers.
- 达到A级标准 counts as an A级 toilet; those 正在开展A级评定 do not (row 25).
- The changed target 20座 (row 25) is an actual; the ratio is kept against the original 25座.
- 办结率 answers 处理率 (row 39); 婚姻登记档案合格率 answers itself (row 14).
- A multi-event target (节会期间) is answered by the event already held (row 31).

Deliberately unannotated (dates, ordinals, labels, names, bases): dates and months (1月, 6月1日, 3月,
4月, 8月底, 9月底, 11月, and the months of the periods 截至6月底 / 截至６月底 / 1-6月 / 1-5月);
ordinals and batch numbers (第四次, 第八批, 第七批, 第六批, 新一批, 第五届, 第三届); phase labels (一期, 二期); grade and class labels (AAAA级, AAA级, A级, 五星级, 甲级/乙级,
二级/三级 社会体育指导员, 国家二级/一级运动员, 11人制/7人制); names and slogans (“15分钟健身圈”, 五一, 12345热线,
“慈善一日捐”); the bases of per-capita rates (每万城镇常住人口 / 每万人, 每千人, 每百户); ranks (前十).
Run: cd tests/cases && python make_probe_culture.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe28")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Culture, tourism, sports and civil affairs: a district's half-year work summary (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 旅游接待: visitors and income with growth, 分别 completion shares, holiday parts, a level target with no half-year data
P = "上半年"
row("区文化和旅游局、区统计局",
    "全年接待国内外游客1800万人次、增长12%,实现旅游总收入150亿元、增长15%,旅游业增加值占地区生产总值比重提高到6.5%。",
    "上半年,全区累计接待国内外游客986.4万人次,同比增长18.6%;实现旅游总收入79.2亿元,同比增长21.3%,分别完成年度目标的54.8%和52.8%。其中,“五一”“端午”假期共接待游客168.3万人次,实现旅游收入13.6亿元。旅游业增加值占比按年度核算,暂无半年数据。",
    targets=[M("1800万人次", 1800, "万人次", "接待国内外游客"),
             M("12%", 12, "%", "接待游客增长", kind="growth"),
             M("150亿元", 150, "亿元", "旅游总收入"),
             M("15%", 15, "%", "旅游总收入增长", kind="growth"),
             M("6.5%", 6.5, "%", "旅游业增加值占地区生产总值比重")],
    actuals=[M("986.4万人次", 986.4, "万人次", "累计接待国内外游客", period=P),
             M("18.6%", 18.6, "%", "接待游客同比增长", kind="growth", period=P),
             M("79.2亿元", 79.2, "亿元", "旅游总收入", period=P),
             M("21.3%", 21.3, "%", "旅游总收入同比增长", kind="growth", period=P),
             M("54.8%", 54.8, "%", "接待游客完成年度目标的(比例)", period=P),
             M("52.8%", 52.8, "%", "旅游总收入完成年度目标的(比例)", period=P),
             M("168.3万人次", 168.3, "万人次", "“五一”“端午”假期接待游客"),
             M("13.6亿元", 13.6, "亿元", "假期旅游收入")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4"])],
    note="986.4/1800 = 0.548, 79.2/150 = 0.528; 分别 maps the two shares to visitors and income in order, and the shares do not pair with the amount targets. Growth 18.6/12 = 1.55, 21.3/15 = 1.42. The holiday figures are parts of the half-year totals. The 6.5% share has no half-year figure (stated only in words): t5 unpaired. 五一/端午 are holiday names.")

# 2 A级景区和等级民宿: a 4A candidate awaiting publication, 3A done vs an application (nth for 2家), 民宿 with 其中 parts and applicants
P = "上半年"
row("区文化和旅游局、相关镇街",
    "创建国家AAAA级旅游景区1家、AAA级旅游景区3家,新增省级等级民宿15家以上,其中甲级民宿3家。",
    "白鹭湾景区创建国家AAAA级旅游景区已通过省级景观质量评审,现正等待文化和旅游部公示;青石古村、桃源里2家景区通过AAA级旅游景区评定并正式挂牌,另有1家已提交创建申请;上半年新增省级等级民宿9家,其中甲级民宿2家、乙级民宿7家,另有8家已完成申报,等待省级评定。",
    targets=[M("1家", 1, "家", "创建国家AAAA级旅游景区"),
             M("3家", 3, "家", "创建AAA级旅游景区", nth=0),
             M("15家", 15, "家", "新增省级等级民宿", bound="min"),
             M("3家", 3, "家", "甲级民宿", nth=1)],
    actuals=[M("2家", 2, "家", "通过AAA级评定景区", nth=0),
             M("1家", 1, "家", "已提交创建申请景区(candidate)"),
             M("9家", 9, "家", "新增省级等级民宿", period=P),
             M("2家", 2, "家", "甲级民宿", nth=1, period=P),
             M("7家", 7, "家", "乙级民宿", period=P),
             M("8家", 8, "家", "已申报待评定民宿(candidates)")],
    pairs=[("t2", ["a1"]), ("t3", ["a3"]), ("t4", ["a4"])],
    note="白鹭湾 has passed the provincial review but awaits the ministry's publication and is not counted with a number: t1 unpaired (would-be 1.0). 3A: 2/3 = 0.6667; the one only applied for is a candidate (would-be sum 1.0). 民宿 9/15 = 0.6 (2 + 7 are its parts, not added again); the 8 awaiting rating are candidates (would-be sum 1.1333). 甲级 2/3 = 0.6667. AAAA级/AAA级/甲级/乙级 are grade labels.")

# 3 文化礼堂/城市书房/农家书屋: this year vs stock, a part in use, 2 opened vs 3 being fitted (nth inside 52家), coverage without target
P = "今年以来"
row("区委宣传部、区文化和旅游局、区农业农村局、各镇街",
    "新建农村文化礼堂20家、城市书房5家,完成农家书屋提档升级50家,推动农村文化礼堂行政村全覆盖。",
    "今年以来,新建成农村文化礼堂14家,其中已投入使用9家,全区累计建成农村文化礼堂186家,行政村覆盖率达到92%;城北、滨江街道2家城市书房已建成开放,东湖、南山、西城3家正在装修布展,预计9月底前全部开放;完成农家书屋提档升级52家,补充更新图书3.6万册,开展阅读推广活动240场次。",
    targets=[M("20家", 20, "家", "新建农村文化礼堂"),
             M("5家", 5, "家", "新建城市书房"),
             M("50家", 50, "家", "农家书屋提档升级")],
    actuals=[M("14家", 14, "家", "新建成农村文化礼堂", period=P),
             M("9家", 9, "家", "已投入使用文化礼堂", period=P),
             M("186家", 186, "家", "累计建成农村文化礼堂(stock)"),
             M("92%", 92, "%", "文化礼堂行政村覆盖率"),
             M("2家", 2, "家", "建成开放城市书房", nth=0, period=P),
             M("3家", 3, "家", "正在装修布展城市书房(forecast)", period=P),
             M("52家", 52, "家", "农家书屋提档升级", period=P),
             M("3.6万册", 3.6, "万册", "补充更新图书", period=P),
             M("240场次", 240, "场次", "阅读推广活动", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="This year's 14/20 = 0.7 answers (9 in use is a part; the stock 186家 does not answer). 全覆盖 has no number and 92% has no target. 城市书房 2/5 = 0.4; the 3 being fitted are expected by 9月底 (would-be sum 1.0). 52/50 = 1.04. '2家' nth 1 lies inside '52家'.")

# 4 送戏下乡: paraphrased performances, films, activities with a completion share (ordinary)
P = "上半年"
row("区文化和旅游局、区文化馆、区电影发行放映公司",
    "开展送戏下乡200场、送电影下乡1200场,举办各类公益性群众文化活动500场次以上。",
    "上半年,组织区越剧团和民间文艺团队深入乡村、社区开展“送戏下乡”惠民演出112场,观众达8.6万人次;放映农村公益电影680场;组织“村晚”、广场舞展演、文化走亲等各类公益性群众文化活动316场次,完成年度目标的63.2%。",
    targets=[M("200场", 200, "场", "送戏下乡", nth=0),
             M("1200场", 1200, "场", "送电影下乡"),
             M("500场次", 500, "场次", "公益性群众文化活动", bound="min")],
    actuals=[M("112场", 112, "场", "“送戏下乡”惠民演出", period=P),
             M("8.6万人次", 8.6, "万人次", "演出观众", period=P),
             M("680场", 680, "场", "放映农村公益电影", period=P),
             M("316场次", 316, "场次", "公益性群众文化活动", period=P),
             M("63.2%", 63.2, "%", "文化活动完成年度目标的(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="112/200 = 0.56; 放映农村公益电影 is 送电影下乡 in other words: 680/1200 = 0.5667; 316/500 = 0.632 (the stated 63.2% is a share). The audience has no target. '200场' nth 1 lies inside '1200场'.")

# 5 文物保護 (traditional): 2 of 3 repairs done (nth inside 12處), a share of one work in progress, a batch announced, a survey count
row("區文化和旅遊局、區文物保護中心、相關鎮街",
    "完成3處省級文物保護單位修繕工程,公佈新一批區級文物保護單位10處,第四次全國文物普查覆核登記不可移動文物300處。",
    "大成殿、魁星閣2處省級文保單位修繕工程已完工並通過專家驗收,文昌閣修繕工程正在進行木構件加固,已完成工程量的60%;經區政府批准,公佈第八批區級文物保護單位12處;第四次全國文物普查實地調查覆核不可移動文物326處,新發現文物點41處,投入普查經費86萬元。",
    targets=[M("3處", 3, "處", "省級文物保護單位修繕工程"),
             M("10處", 10, "處", "公佈區級文物保護單位"),
             M("300處", 300, "處", "文物普查覆核登記不可移動文物")],
    actuals=[M("2處", 2, "處", "完工省級文保單位修繕", nth=0),
             M("60%", 60, "%", "文昌閣完成工程量(比例)"),
             M("12處", 12, "處", "公佈區級文物保護單位"),
             M("326處", 326, "處", "覆核不可移動文物"),
             M("41處", 41, "處", "新發現文物點"),
             M("86萬元", 86, "萬元", "普查經費")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Traditional characters. 2/3 = 0.6667; 文昌閣 is still under repair (60% is the share of that one work, not a count). 12/10 = 1.2; 326/300 = 1.0867. New finds and the funds have no target. 第四次/第八批/新一批 are ordinals and batch labels; '2處' nth 1 lies inside '12處'.")

# 6 非遗: 省级以上 answered by the provincial items only (national one under public notice), a class threshold (40岁), 工坊
P = "今年以来"
row("区文化和旅游局、区文化馆(区非遗保护中心)",
    "新增省级以上非物质文化遗产代表性项目3项、市级非遗代表性项目8项,认定区级非遗代表性传承人20名,建设非遗工坊5家。",
    "今年以来,我区“青石竹编”列入国家级非遗代表性项目名录推荐项目,目前正在公示;“渔鼓说唱”“桃源米酒酿造技艺”2项入选第七批省级非遗代表性项目名录;新增市级非遗代表性项目5项;认定第六批区级非遗代表性传承人23名,其中40岁以下的11名;新建非遗工坊3家,带动就业126人。",
    targets=[M("3项", 3, "项", "新增省级以上非遗代表性项目"),
             M("8项", 8, "项", "新增市级非遗代表性项目"),
             M("20名", 20, "名", "认定区级非遗代表性传承人"),
             M("5家", 5, "家", "建设非遗工坊")],
    actuals=[M("2项", 2, "项", "入选省级非遗代表性项目", period=P),
             M("5项", 5, "项", "新增市级非遗代表性项目", period=P),
             M("23名", 23, "名", "认定区级非遗代表性传承人", period=P),
             M("40岁", 40, "岁", "传承人年龄门槛(class threshold)"),
             M("11名", 11, "名", "40岁以下传承人", period=P),
             M("3家", 3, "家", "新建非遗工坊", period=P),
             M("126人", 126, "人", "非遗工坊带动就业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a6"])],
    note="省级以上 includes national items, but 青石竹编 is only a recommended item under public notice (no number): 2/3 = 0.6667 (would-be with it 1.0). 5/8 = 0.625; 23/20 = 1.15 (11 under 40 is a part; 40岁 a class threshold); 3/5 = 0.6. 第七批/第六批 are batch numbers.")

# 7 全民健身赛事: 分别 over two kinds summed for the total, the 其中 part answered by one of them, participants with elided growth
P = "上半年"
row("区体育局、区总工会、团区委",
    "举办全民健身赛事活动100场次以上,其中市级以上品牌赛事10场次,参与群众达到30万人次。",
    "上半年,承办全国山地自行车邀请赛、省青少年游泳锦标赛等市级以上品牌赛事和“全民健身月”、“村BA”篮球联赛、职工趣味运动会等群众性赛事活动分别为7场次、64场次,参与群众达21.5万人次,同比增长17.3%。",
    targets=[M("100场次", 100, "场次", "全民健身赛事活动", bound="min"),
             M("10场次", 10, "场次", "市级以上品牌赛事"),
             M("30万人次", 30, "万人次", "参与群众")],
    actuals=[M("7场次", 7, "场次", "市级以上品牌赛事", period=P),
             M("64场次", 64, "场次", "群众性赛事活动", period=P),
             M("21.5万人次", 21.5, "万人次", "参与群众", period=P),
             M("17.3%", 17.3, "%", "参与群众同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a1"]), ("t3", ["a3"])],
    note="分别 maps 7场次 to 市级以上品牌赛事 and 64场次 to 群众性赛事活动. The total of all events is their sum: 71/100 = 0.71 (combine sum); the 其中 part 7/10 = 0.7. 21.5/30 = 0.7167; the growth (subject elided) has no target.")

# 8 体育场地: area, a per-capita estimate for the elapsed half with its increase, footways, pitches with format labels (nth for 2片)
P = "今年以来"
row("区体育局、区住房城乡建设局、区自然资源局",
    "新建改建体育场地面积5万平方米,人均体育场地面积达到2.8平方米,新建健身步道30公里,新建社会足球场5片。",
    "今年以来,新建改建体育公园、口袋公园健身场地等18处,新增体育场地面积3.2万平方米;经初步测算,全区人均体育场地面积达到2.76平方米,较上年末增加0.11平方米;新建改造健身步道18.6公里;新建社会足球场3片,其中11人制1片、7人制2片,另有2片正在进行人造草坪铺设,预计8月底完工。",
    targets=[M("5万平方米", 5, "万平方米", "新建改建体育场地面积"),
             M("2.8平方米", 2.8, "平方米", "人均体育场地面积"),
             M("30公里", 30, "公里", "新建健身步道"),
             M("5片", 5, "片", "新建社会足球场")],
    actuals=[M("18处", 18, "处", "新建改建健身场地", period=P),
             M("3.2万平方米", 3.2, "万平方米", "新增体育场地面积", period=P),
             M("2.76平方米", 2.76, "平方米", "人均体育场地面积(初步测算)"),
             M("0.11平方米", 0.11, "平方米", "人均体育场地面积较上年末增加", kind="growth"),
             M("18.6公里", 18.6, "公里", "新建改造健身步道", period=P),
             M("3片", 3, "片", "新建社会足球场", period=P),
             M("1片", 1, "片", "11人制足球场", period=P),
             M("2片", 2, "片", "7人制足球场", nth=0, period=P),
             M("2片", 2, "片", "正在铺设草坪足球场(forecast)", nth=1)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="3.2/5 = 0.64. The preliminary per-capita estimate is for the elapsed period and answers: 2.76/2.8 = 0.9857 (the 0.11平方米 increase has no target). 18.6/30 = 0.62. Pitches 3/5 = 0.6 (1 + 2 are its parts); the 2 being surfaced are expected by 8月底 (would-be sum 1.0). 11人制/7人制 are format labels.")

# 9 养老机构床位: new beds with a 其中 part, the stock, a share just under, a project's design spec, a five-star candidate
P = "截至6月底"
row("区民政局、区卫生健康局、区社会福利中心",
    "新增养老机构床位500张,养老机构护理型床位占比达到65%以上,创建五星级养老机构1家。",
    "截至6月底,新增养老机构床位320张,其中护理型床位260张,全区养老机构床位总数达到4860张,护理型床位占比提高到63.5%;区社会福利中心二期项目(设计床位300张)主体结顶,预计年底投入使用;区福寿颐养院已完成五星级养老机构等级评定申报,正等待省民政厅组织现场评审。",
    targets=[M("500张", 500, "张", "新增养老机构床位"),
             M("65%", 65, "%", "养老机构护理型床位占比", bound="min"),
             M("1家", 1, "家", "创建五星级养老机构")],
    actuals=[M("320张", 320, "张", "新增养老机构床位", period=P),
             M("260张", 260, "张", "新增护理型床位", period=P),
             M("4860张", 4860, "张", "养老机构床位总数(stock)", period=P),
             M("63.5%", 63.5, "%", "护理型床位占比", period=P),
             M("300张", 300, "张", "福利中心二期设计床位(specification)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="320/500 = 0.64 (260 is a part; the stock 4860 does not answer). 63.5/65 = 0.9769. The 300 beds of 二期 are a design figure of a project still under construction (would-be sum 1.24). The five-star home has only applied and awaits the site review: t3 unpaired (would-be 1.0). 五星级 is a grade label, 二期 a phase label.")

# 10 居家养老/助餐: a restated target (nth inside 216个), 3 built vs 3 being fitted (nth), 食堂 + 助餐点 summed, stock and coverage
P = "今年以来"
row("区民政局、区市场监管局、各镇街",
    "新建镇街居家养老服务中心6个,新增老年食堂(助餐点)40个,城乡社区老年助餐服务覆盖率达到85%。",
    "对照年度新建6个镇街居家养老服务中心的目标,目前已建成金桥、白沙、临江3个,另有3个已完成选址,正在装修改造;今年以来新建老年食堂18个、社区助餐点15个,全区累计建成老年助餐服务点216个,日均为1.2万名老年人提供助餐服务;城乡社区老年助餐服务覆盖率达到82.6%。",
    targets=[M("6个", 6, "个", "新建镇街居家养老服务中心"),
             M("40个", 40, "个", "新增老年食堂(助餐点)"),
             M("85%", 85, "%", "城乡社区老年助餐服务覆盖率")],
    actuals=[M("6个", 6, "个", "年度新建居家养老服务中心目标(restated)", nth=0),
             M("3个", 3, "个", "已建成居家养老服务中心", nth=0),
             M("3个", 3, "个", "选址装修中居家养老服务中心(candidates)", nth=1),
             M("18个", 18, "个", "新建老年食堂", period=P),
             M("15个", 15, "个", "新建社区助餐点", period=P),
             M("216个", 216, "个", "累计建成老年助餐服务点(stock)"),
             M("1.2万名", 1.2, "万名", "日均助餐老年人"),
             M("82.6%", 82.6, "%", "城乡社区老年助餐服务覆盖率")],
    pairs=[("t1", ["a2"]), ("t2", ["a4", "a5"]), ("t3", ["a8"])],
    note="The restated 6个 does not answer. 3/6 = 0.5; the 3 still being fitted out do not count (would-be sum 1.0). The target counts 老年食堂 and 助餐点 together: 18 + 15 = 33 (combine sum, 0.825); the stock 216个 does not answer. 82.6/85 = 0.9718. '6个' nth 1 lies inside '216个'.")

# 11 特困供養 (traditional): a standard raised to the target with its baseline, a rate from its parts, care allowance in words
P = "上半年"
row("區民政局、區財政局、各鎮街",
    "特困人員基本生活標準提高到每人每月1350元,特困人員集中供養率達到40%以上,落實特困人員照料護理補貼。",
    "自1月起,全區城鄉特困人員基本生活標準由每人每月1260元提高到1350元;全區現有特困供養人員1462人,其中集中供養612人,集中供養率41.9%;上半年累計發放特困人員基本生活費和照料護理補貼2368萬元,同比增長8.2%。",
    targets=[M("每人每月1350元", 1350, "元/人·月", "特困人員基本生活標準"),
             M("40%", 40, "%", "特困人員集中供養率", bound="min")],
    actuals=[M("每人每月1260元", 1260, "元/人·月", "原特困人員基本生活標準(baseline)"),
             M("1350元", 1350, "元/人·月", "特困人員基本生活標準", unit_inferred=True),
             M("1462人", 1462, "人", "特困供養人員(scope)"),
             M("612人", 612, "人", "集中供養人員"),
             M("41.9%", 41.9, "%", "集中供養率"),
             M("2368萬元", 2368, "萬元", "發放基本生活費和照料護理補貼", period=P),
             M("8.2%", 8.2, "%", "發放資金同比增長", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="Traditional characters. 1350元 carries 每人每月 from the clause (unit inferred): 1350/1350 = 1.0; 1260元 is the old standard. 41.9/40 = 1.0475 (612/1462 are its parts). The care allowance target has no number; the money has no target. 1月 is a date.")

# 12 低保: 元/人·月 suffix form answering a 每人每月 prefix target, baseline and 增幅, households and people, elided growth
P = "上半年"
row("区民政局、区财政局",
    "城乡低保标准提高到每人每月1080元以上,低保、特困等社会救助对象实现应保尽保。",
    "经区政府批准,自6月1日起全区城乡低保标准由1020元/人·月提高到1100元/人·月,增幅7.8%,所需资金已列入预算;上半年共保障城乡低保对象6852户1.12万人,累计发放低保金6320万元,同比增长9.4%;新增纳入低保286户。",
    targets=[M("每人每月1080元", 1080, "元/人·月", "城乡低保标准", bound="min")],
    actuals=[M("1020元/人·月", 1020, "元/人·月", "原城乡低保标准(baseline)"),
             M("1100元/人·月", 1100, "元/人·月", "城乡低保标准"),
             M("7.8%", 7.8, "%", "低保标准增幅", kind="growth"),
             M("6852户", 6852, "户", "保障城乡低保对象(户)", period=P),
             M("1.12万人", 1.12, "万人", "保障城乡低保对象(人)", period=P),
             M("6320万元", 6320, "万元", "累计发放低保金", period=P),
             M("9.4%", 9.4, "%", "低保金同比增长", kind="growth", period=P),
             M("286户", 286, "户", "新增纳入低保", period=P)],
    pairs=[("t1", ["a2"])],
    note="每人每月1080元 and 1100元/人·月 are the same per-person-per-month unit: 1100/1080 = 1.0185 (in force since 6月1日); 1020 is the old standard and 7.8% its rise (no growth target). 应保尽保 has no number. The growth 9.4% elides its subject (低保金).")

# 13 残疾人: four counts answered, a coverage rate beside, a 其中 part, a remainder under construction (ordinary)
P = "上半年"
row("区残联、区人力资源社会保障局、区卫生健康局",
    "为1200名残疾人提供基本康复服务,完成残疾儿童康复救助300名,新增残疾人就业150人,实施困难重度残疾人家庭无障碍改造200户。",
    "上半年,全区为786名持证残疾人提供基本康复服务,基本康复服务覆盖率达到85.3%;完成残疾儿童康复救助214名;通过按比例安置、辅助性就业、灵活就业等渠道新增残疾人就业96人,其中按比例安置就业38人;完成困难重度残疾人家庭无障碍改造126户,另有74户已完成入户评估,正在施工。",
    targets=[M("1200名", 1200, "名", "残疾人基本康复服务"),
             M("300名", 300, "名", "残疾儿童康复救助"),
             M("150人", 150, "人", "新增残疾人就业"),
             M("200户", 200, "户", "困难重度残疾人家庭无障碍改造")],
    actuals=[M("786名", 786, "名", "提供基本康复服务残疾人", period=P),
             M("85.3%", 85.3, "%", "基本康复服务覆盖率", period=P),
             M("214名", 214, "名", "残疾儿童康复救助", period=P),
             M("96人", 96, "人", "新增残疾人就业", period=P),
             M("38人", 38, "人", "按比例安置就业", period=P),
             M("126户", 126, "户", "完成无障碍改造", period=P),
             M("74户", 74, "户", "正在施工无障碍改造", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a6"])],
    note="786/1200 = 0.655; 214/300 = 0.7133; 96/150 = 0.64 (38 is a part); 126/200 = 0.63, the 74 under construction do not count (would-be sum 1.0). The coverage rate has no target.")

# 14 婚姻登记和殡葬: two 100% in each column (nth), 新建 + 改扩建 summed, land procedures pending (nth for 2个), a rate just under
P = "上半年"
row("区民政局、区自然资源局、各镇街",
    "婚姻登记档案合格率保持100%;深化殡葬改革,新建(改扩建)农村公益性公墓5个,遗体火化率保持100%,节地生态安葬率达到60%以上。",
    "上半年,区婚姻登记处共办理结婚登记1368对、离婚登记512对,其中办理“跨省通办”婚姻登记86对,婚姻登记档案合格率100%;新建农村公益性公墓2个、改扩建1个,另有2个正在办理用地手续;全区遗体火化率100%,节地生态安葬率58.6%,较上年提高4.2个百分点。",
    targets=[M("100%", 100, "%", "婚姻登记档案合格率", nth=0),
             M("5个", 5, "个", "新建(改扩建)农村公益性公墓"),
             M("100%", 100, "%", "遗体火化率", nth=1),
             M("60%", 60, "%", "节地生态安葬率", bound="min")],
    actuals=[M("1368对", 1368, "对", "结婚登记", period=P),
             M("512对", 512, "对", "离婚登记", period=P),
             M("86对", 86, "对", "“跨省通办”婚姻登记", period=P),
             M("100%", 100, "%", "婚姻登记档案合格率", nth=0, period=P),
             M("2个", 2, "个", "新建农村公益性公墓", nth=0, period=P),
             M("1个", 1, "个", "改扩建农村公益性公墓", period=P),
             M("2个", 2, "个", "办理用地手续公墓(candidates)", nth=1),
             M("100%", 100, "%", "遗体火化率", nth=1, period=P),
             M("58.6%", 58.6, "%", "节地生态安葬率", period=P),
             M("4.2个百分点", 4.2, "个百分点", "节地生态安葬率较上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5", "a6"]), ("t3", ["a8"]), ("t4", ["a9"])],
    note="Each 100% pairs with its own metric: 1.0 and 1.0. 新建(改扩建) counts both: 2 + 1 = 3 (combine sum, 0.6); the 2 still in land procedures do not count (would-be sum 1.0). 58.6/60 = 0.9767 (the rise has no target). Registration counts have no target; “跨省通办” is a name.")

# 15 社区工作者: a per-万人 ratio answered, recruits, a certification rate at 截至6月底; 每万 is the basis
row("区委社会工作部、区民政局、各街道办事处",
    "按照每万城镇常住人口不少于18名的标准配齐社区工作者,全年公开招聘社区工作者120名,社区工作者持证率达到60%。",
    "今年以来,通过公开招聘补充社区工作者108名,全区社区工作者总数达到1926名,按城镇常住人口测算,每万人拥有社区工作者18.3名;组织社区工作者参加全国社会工作者职业资格考试,截至6月底,持证社区工作者1102名,持证率57.2%。",
    targets=[M("18名", 18, "名", "每万城镇常住人口社区工作者", bound="min"),
             M("120名", 120, "名", "公开招聘社区工作者"),
             M("60%", 60, "%", "社区工作者持证率")],
    actuals=[M("108名", 108, "名", "公开招聘补充社区工作者", period="今年以来"),
             M("1926名", 1926, "名", "社区工作者总数"),
             M("18.3名", 18.3, "名", "每万人拥有社区工作者"),
             M("1102名", 1102, "名", "持证社区工作者", period="截至6月底"),
             M("57.2%", 57.2, "%", "社区工作者持证率", period="截至6月底")],
    pairs=[("t1", ["a3"]), ("t2", ["a1"]), ("t3", ["a5"])],
    note="The ratio per 万 residents: 18.3/18 = 1.0167 (每万/每万人 is the basis, not a quantity). 108/120 = 0.9; the total 1926 has no target. 57.2/60 = 0.9533 (1102/1926 are its parts).")

# 16 慈善 (Chinese numerals): 万元 amounts, a 其中 part over its floor, 新登记 + 认定 summed for 培育, projects and beneficiaries
P = "今年以来"
row("区民政局、区慈善总会",
    "全年募集慈善款物三千万元以上,其中“慈善一日捐”募集资金不少于五百万元,培育发展慈善组织十家。",
    "今年以来,区慈善总会共募集慈善款物二千一百六十万元,其中“慈善一日捐”活动募集资金五百八十六万元;新登记慈善组织六家、认定慈善组织两家;实施助学、助医、助困等慈善项目二十三个,支出慈善资金一千二百四十万元,惠及困难群众八千六百人次。",
    targets=[M("三千万元", 3000, "万元", "募集慈善款物", bound="min"),
             M("五百万元", 500, "万元", "“慈善一日捐”募集资金", bound="min"),
             M("十家", 10, "家", "培育发展慈善组织")],
    actuals=[M("二千一百六十万元", 2160, "万元", "募集慈善款物", period=P),
             M("五百八十六万元", 586, "万元", "“慈善一日捐”募集资金", period=P),
             M("六家", 6, "家", "新登记慈善组织", period=P),
             M("两家", 2, "家", "认定慈善组织", period=P),
             M("二十三个", 23, "个", "实施慈善项目", period=P),
             M("一千二百四十万元", 1240, "万元", "支出慈善资金", period=P),
             M("八千六百人次", 8600, "人次", "惠及困难群众", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3", "a4"])],
    note="Chinese numerals. 2160/3000 = 0.72; the part 586/500 = 1.172. 培育发展 covers both newly registered and newly recognised charities: 6 + 2 = 8 (combine sum, 0.8). Spending, projects and beneficiaries have no target. “慈善一日捐” is a name.")

# 17 志愿者 (full-width digits): 万人 and share at 截至６月底, hours for 上半年 against a 突破 target, 余 in a count
row("团区委、区委宣传部(区文明办)、区民政局",
    "注册志愿者人数达到１５万人,占常住人口比例达到１８％,全年志愿服务时长突破２００万小时。",
    "截至６月底,全区在全国志愿服务信息系统注册志愿者１４．２万人,占常住人口的１７．６％;上半年累计开展志愿服务活动８６００余场,记录志愿服务时长１０８．５万小时,同比增长２３．４％;新增星级志愿者３２６０名。",
    targets=[M("１５万人", 15, "万人", "注册志愿者人数"),
             M("１８％", 18, "%", "注册志愿者占常住人口比例"),
             M("２００万小时", 200, "万小时", "志愿服务时长", bound="min")],
    actuals=[M("１４．２万人", 14.2, "万人", "注册志愿者", period="截至６月底"),
             M("１７．６％", 17.6, "%", "注册志愿者占常住人口比例", period="截至６月底"),
             M("８６００余场", 8600, "场", "开展志愿服务活动", period="上半年"),
             M("１０８．５万小时", 108.5, "万小时", "志愿服务时长", period="上半年"),
             M("２３．４％", 23.4, "%", "志愿服务时长同比增长", kind="growth", period="上半年"),
             M("３２６０名", 3260, "名", "新增星级志愿者", period="上半年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Full-width digits. 14.2/15 = 0.9467; 17.6/18 = 0.9778; hours for the half 108.5/200 = 0.5425 against the 突破 (min) target. Activities and star volunteers have no target; 星级 is a label.")

# 18 退役军人: a 100% placement rate only in words, 其中 parts, job fairs in Chinese numerals, 省级 + 区级 示范型服务站 summed
P = "今年"
row("区退役军人事务局、区人力资源社会保障局、区委组织部",
    "全面完成退役士兵安置任务,安排工作岗位退役士兵安置率达到100%,退役军人就业率保持在90%以上,新建示范型退役军人服务站10个。",
    "今年接收安排工作岗位退役士兵48名,已全部落实安置单位,其中机关事业单位19名、国有企业29名;举办退役军人专场招聘会六场,提供就业岗位1860个,促进退役军人就业426人,就业率91.3%;新建成省级示范型退役军人服务站3个、区级示范型服务站5个。",
    targets=[M("100%", 100, "%", "安排工作岗位退役士兵安置率"),
             M("90%", 90, "%", "退役军人就业率", bound="min"),
             M("10个", 10, "个", "新建示范型退役军人服务站")],
    actuals=[M("48名", 48, "名", "接收安排工作岗位退役士兵", period=P),
             M("19名", 19, "名", "安置到机关事业单位", period=P),
             M("29名", 29, "名", "安置到国有企业", period=P),
             M("六场", 6, "场", "退役军人专场招聘会"),
             M("1860个", 1860, "个", "提供就业岗位"),
             M("426人", 426, "人", "促进退役军人就业"),
             M("91.3%", 91.3, "%", "退役军人就业率"),
             M("3个", 3, "个", "新建省级示范型退役军人服务站"),
             M("5个", 5, "个", "新建区级示范型服务站")],
    pairs=[("t2", ["a7"]), ("t3", ["a8", "a9"])],
    note="All 48 placed (19 + 29) is said only in words (已全部落实), with no rate: t1 unpaired (would-be 1.0). 91.3/90 = 1.0144. Both levels are 示范型 stations: 3 + 5 = 8 (combine sum, 0.8). Fairs, jobs offered and people helped have no target.")

# 19 鄉村旅遊 (traditional): half-year amounts, 分别 growth (no growth target), full-year forecasts, 2 listed vs 3 recommended
P = "上半年"
row("區文化和旅遊局、區農業農村局、各鎮街",
    "鄉村旅遊接待遊客500萬人次,實現鄉村旅遊經營收入15億元,培育省級鄉村旅遊重點村5個。",
    "上半年,全區鄉村旅遊接待遊客263萬人次、實現經營收入7.4億元,同比分別增長16.2%和19.5%,預計全年接待遊客可達520萬人次、經營收入15.6億元;青溪村、大坪村2個村入選省級鄉村旅遊重點村名單,另有3個村已通過區級評審並推薦上報。",
    targets=[M("500萬人次", 500, "萬人次", "鄉村旅遊接待遊客"),
             M("15億元", 15, "億元", "鄉村旅遊經營收入"),
             M("5個", 5, "個", "培育省級鄉村旅遊重點村")],
    actuals=[M("263萬人次", 263, "萬人次", "鄉村旅遊接待遊客", period=P),
             M("7.4億元", 7.4, "億元", "鄉村旅遊經營收入", period=P),
             M("16.2%", 16.2, "%", "接待遊客同比增長", kind="growth", period=P),
             M("19.5%", 19.5, "%", "經營收入同比增長", kind="growth", period=P),
             M("520萬人次", 520, "萬人次", "預計全年接待遊客(forecast)", period="全年"),
             M("15.6億元", 15.6, "億元", "預計全年經營收入(forecast)", period="全年"),
             M("2個", 2, "個", "入選省級鄉村旅遊重點村"),
             M("3個", 3, "個", "推薦上報村(candidates)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a7"])],
    note="Traditional characters. 263/500 = 0.526 and 7.4/15 = 0.4933 for the half; the full-year forecasts do not answer (would-be 1.04 and 1.04). 分别 maps the growth rates in order; no growth target. 2/5 = 0.4; the 3 only recommended are candidates (would-be sum 1.0).")

# 20 文旅项目: investment with a share, all signed projects vs 亿元以上 (a broader aggregate), a resort phase not yet open, an area spec
P = "1-6月"
row("区文化和旅游局、区发展改革局、区投资促进中心",
    "完成文旅项目投资45亿元,新签约亿元以上文旅项目8个,白鹭湾度假区一期(规划面积860亩)建成开放。",
    "1-6月,全区28个在建文旅项目完成投资21.6亿元,完成年度计划的48%;新签约文旅项目11个,总投资86.5亿元,其中亿元以上项目7个;白鹭湾度假区一期主体工程已完工,正在进行景观绿化和游乐设备调试,预计国庆前开园。",
    targets=[M("45亿元", 45, "亿元", "文旅项目投资"),
             M("8个", 8, "个", "新签约亿元以上文旅项目")],
    other=[O("860亩", 860, "亩", "specification (规划面积 of the resort phase)")],
    actuals=[M("28个", 28, "个", "在建文旅项目(scope)", period=P),
             M("21.6亿元", 21.6, "亿元", "完成文旅项目投资", period=P),
             M("48%", 48, "%", "完成年度计划的(比例)", period=P),
             M("11个", 11, "个", "新签约文旅项目", period=P),
             M("86.5亿元", 86.5, "亿元", "新签约项目总投资", period=P),
             M("7个", 7, "个", "新签约亿元以上项目", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"])],
    note="21.6/45 = 0.48 (the 48% is a share). 亿元以上 7/8 = 0.875; all 11 signed projects are a broader aggregate (would-be 1.375). The resort phase is not open yet (预计国庆前开园); 860亩 is a specification. 亿元以上 carries no number; 一期 is a phase label.")

# 21 图书馆/博物馆/文化馆: 各50万人次 over two venues (two targets on one span), courses, books (ordinary)
P = "上半年"
row("区文化和旅游局、区图书馆、区博物馆、区文化馆",
    "区图书馆、区博物馆全年接待读者和观众各50万人次以上,区文化馆开展免费开放公益培训300期,新增图书馆藏书5万册。",
    "上半年,区图书馆接待读者31.6万人次,外借图书42.8万册次;区博物馆推出“窑火千秋”等临时展览4个,接待观众26.3万人次,其中未成年人9.8万人次;区文化馆开设书法、舞蹈、非遗技艺等公益培训班186期,培训学员5200人次;新购入藏图书3.12万册。",
    targets=[M("各50万人次", 50, "万人次", "区图书馆接待读者", bound="min"),
             M("各50万人次", 50, "万人次", "区博物馆接待观众", bound="min"),
             M("300期", 300, "期", "文化馆免费开放公益培训"),
             M("5万册", 5, "万册", "新增图书馆藏书")],
    actuals=[M("31.6万人次", 31.6, "万人次", "图书馆接待读者", period=P),
             M("42.8万册次", 42.8, "万册次", "外借图书", period=P),
             M("4个", 4, "个", "博物馆临时展览", period=P),
             M("26.3万人次", 26.3, "万人次", "博物馆接待观众", period=P),
             M("9.8万人次", 9.8, "万人次", "未成年观众", period=P),
             M("186期", 186, "期", "公益培训班", period=P),
             M("5200人次", 5200, "人次", "培训学员", period=P),
             M("3.12万册", 3.12, "万册", "新购入藏图书", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a8"])],
    note="各50万人次以上 is two min targets on one span: library 31.6/50 = 0.632, museum 26.3/50 = 0.526 (9.8 is a part). 186/300 = 0.62; 3.12/5 = 0.624. Loans, exhibitions and trainees have no target. “窑火千秋” is an exhibition name.")

# 22 体质监测/指导员/健身驿站: a rate just over, a per-千人 ratio, 驿站 个 + 路径 条 summed, 4 still being fitted
P = "上半年"
row("区体育局、区卫生健康局、各镇街",
    "城乡居民国民体质监测合格率达到93%以上,每千人拥有社会体育指导员3.5名,新建全民健身路径和智能健身驿站20个。",
    "上半年,完成国民体质监测2600人,监测合格率93.4%;新培训二级、三级社会体育指导员420名,全区社会体育指导员总数达到3650名,每千人拥有3.52名;新建智能健身驿站6个、全民健身路径11条,另有4个健身驿站正在安装调试器材。",
    targets=[M("93%", 93, "%", "国民体质监测合格率", bound="min"),
             M("3.5名", 3.5, "名", "每千人拥有社会体育指导员"),
             M("20个", 20, "个", "新建全民健身路径和智能健身驿站")],
    actuals=[M("2600人", 2600, "人", "国民体质监测", period=P),
             M("93.4%", 93.4, "%", "国民体质监测合格率", period=P),
             M("420名", 420, "名", "新培训社会体育指导员", period=P),
             M("3650名", 3650, "名", "社会体育指导员总数"),
             M("3.52名", 3.52, "名", "每千人拥有社会体育指导员"),
             M("6个", 6, "个", "新建智能健身驿站", period=P),
             M("11条", 11, "条", "新建全民健身路径", period=P),
             M("4个", 4, "个", "正在安装器材健身驿站")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6", "a7"])],
    note="93.4/93 = 1.0043; 3.52/3.5 = 1.0057 (每千人 is the basis; 二级/三级 are grade labels). The combined target counts stations (个) and fitness paths (条) alike: 6 + 11 = 17 (combine sum, 0.85); the 4 still being fitted do not count (would-be sum 1.05).")

# 23 体育旅游: nothing answers (events and visitors are other measures; a base only to be recommended; routes not launched)
row("区体育局、区文化和旅游局",
    "推进体育旅游融合发展,创建省级体育旅游示范基地1个,推出体育旅游精品线路3条。",
    "上半年,依托白鹭湾水上运动中心、青山越野基地等资源,举办皮划艇、桨板、越野跑等体育旅游活动12场次,吸引参与者和游客4.3万人次;青山户外运动营地已通过区级初审,拟推荐申报省级体育旅游示范基地;正在联合市文化广电旅游局策划串联景区、赛事和民宿的体育旅游线路。",
    targets=[M("1个", 1, "个", "创建省级体育旅游示范基地"),
             M("3条", 3, "条", "推出体育旅游精品线路")],
    actuals=[M("12场次", 12, "场次", "体育旅游活动", period="上半年"),
             M("4.3万人次", 4.3, "万人次", "参与者和游客", period="上半年")],
    pairs=[],
    note="Nothing pairs: the camp has only passed a district pre-check and is to be recommended (a candidate, no number); the routes are still being planned. Events and visitors are other measures.")

# 24 社区服务设施: nothing answers (a survey and a plan for the second half); 每百户 is the basis
row("区民政局、区住房城乡建设局、各街道办事处",
    "新增城乡社区综合服务设施面积2万平方米,城市社区综合服务设施面积每百户不低于30平方米。",
    "上半年,开展城乡社区服务需求调查,走访入户3200户,梳理群众需求清单426条;会同区住房城乡建设局摸排社区服务用房现状,形成社区综合服务设施提升行动方案,明确下半年启动改造提升社区服务用房86处、面积1.5万平方米。",
    targets=[M("2万平方米", 2, "万平方米", "新增城乡社区综合服务设施面积"),
             M("30平方米", 30, "平方米", "城市社区综合服务设施面积每百户", bound="min")],
    actuals=[M("3200户", 3200, "户", "走访入户", period="上半年"),
             M("426条", 426, "条", "群众需求清单", period="上半年"),
             M("86处", 86, "处", "计划改造提升社区服务用房(plan)"),
             M("1.5万平方米", 1.5, "万平方米", "计划改造提升面积(plan)")],
    pairs=[],
    note="Nothing pairs: the survey counts households and needs, and the 86处 / 1.5万平方米 are a plan to start in the second half (would-be 0.75 for t1). No per-百户 figure is reported. 每百户 is the basis.")

# 25 旅游厕所: a changed target (ratio kept against the original), 新建 + 改建 summed, A级 achieved vs being rated, a platform in words
P = "今年以来"
row("区文化和旅游局、区城市管理局、区农业农村局",
    "新建改建旅游厕所25座,其中A级旅游厕所不少于10座,建成区智慧旅游服务平台。",
    "因部分景区提升项目调整,经市文化和旅游局同意,年度旅游厕所建设任务调整为20座。今年以来新建旅游厕所9座、改建7座,其中达到A级标准6座,另有4座正在开展A级评定;区智慧旅游服务平台已完成一期建设并上线试运行,接入景区23家、民宿86家。",
    targets=[M("25座", 25, "座", "新建改建旅游厕所"),
             M("10座", 10, "座", "A级旅游厕所", bound="min")],
    actuals=[M("20座", 20, "座", "调整后旅游厕所年度任务(changed target)"),
             M("9座", 9, "座", "新建旅游厕所", period=P),
             M("7座", 7, "座", "改建旅游厕所", period=P),
             M("6座", 6, "座", "达到A级标准旅游厕所", period=P),
             M("4座", 4, "座", "正在A级评定旅游厕所(candidates)", period=P),
             M("23家", 23, "家", "平台接入景区"),
             M("86家", 86, "家", "平台接入民宿")],
    pairs=[("t1", ["a2", "a3"]), ("t2", ["a4"])],
    note="The task was changed to 20座; the ratio is kept against the original 25座: 9 + 7 = 16 (combine sum, 0.64; against the changed target 0.8). 达到A级标准 counts: 6/10 = 0.6; the 4 still being rated do not (would-be sum 1.0). The platform target has no number (试运行); A级 is a grade label, 一期 a phase label.")

# 26 文化市场执法: inspections and cases answered, coverage only in words (全覆盖), scope counts and rectified hazards
P = "上半年"
row("区文化市场综合行政执法队、区消防救援大队、区公安分局",
    "开展文化市场综合执法检查1500家次,查处文化旅游违法案件40件,网吧和歌舞娱乐场所安全检查覆盖率100%。",
    "上半年,出动执法人员2860人次,检查各类文化旅游经营场所826家次,立案查处违法案件23件,罚没款12.6万元;联合消防、公安对全区46家网吧、38家歌舞娱乐场所开展消防安全专项检查,实现全覆盖,督促整改隐患113处。",
    targets=[M("1500家次", 1500, "家次", "文化市场综合执法检查"),
             M("40件", 40, "件", "查处文化旅游违法案件"),
             M("100%", 100, "%", "网吧和歌舞娱乐场所安全检查覆盖率")],
    actuals=[M("2860人次", 2860, "人次", "出动执法人员", period=P),
             M("826家次", 826, "家次", "检查文化旅游经营场所", period=P),
             M("23件", 23, "件", "立案查处违法案件", period=P),
             M("12.6万元", 12.6, "万元", "罚没款", period=P),
             M("46家", 46, "家", "网吧(scope)"),
             M("38家", 38, "家", "歌舞娱乐场所(scope)"),
             M("113处", 113, "处", "督促整改隐患")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="826/1500 = 0.5507; 23/40 = 0.575. The coverage is stated only in words (实现全覆盖 of 46 + 38 venues): t3 unpaired (would-be 1.0). Staff, fines and hazards have no target.")

# 27 體彩/体育产业 (full-width digits): sales with growth and a share, a first-quarter part, an estimate for the elapsed half vs a full-year forecast
P = "上半年"
row("区体育局、区体育彩票管理中心、区统计局",
    "体育彩票销售额达到３．２亿元,增长８％,体育产业总产出增长１０％以上。",
    "上半年,全区体育彩票销售１．７１亿元,同比增长１２．４％,完成年度任务的５３．４％,其中一季度销售０．８２亿元;经初步测算,预计上半年全区体育产业总产出同比增长１０．５％左右,预计全年体育彩票销售可达３．３亿元。",
    targets=[M("３．２亿元", 3.2, "亿元", "体育彩票销售额"),
             M("８％", 8, "%", "体育彩票销售额增长", kind="growth"),
             M("１０％", 10, "%", "体育产业总产出增长", kind="growth", bound="min")],
    actuals=[M("１．７１亿元", 1.71, "亿元", "体育彩票销售", period=P),
             M("１２．４％", 12.4, "%", "体育彩票销售同比增长", kind="growth", period=P),
             M("５３．４％", 53.4, "%", "完成年度任务的(比例)", period=P),
             M("０．８２亿元", 0.82, "亿元", "一季度体育彩票销售", period="一季度"),
             M("１０．５％", 10.5, "%", "体育产业总产出同比增长(初步测算)", kind="growth", period=P),
             M("３．３亿元", 3.3, "亿元", "预计全年体育彩票销售(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="Full-width digits. 1.71/3.2 = 0.5344 (53.4% is the share; 0.82 the first-quarter part). 12.4/8 = 1.55. 预计上半年…左右 is an estimate for the elapsed half and answers: 10.5/10 = 1.05. The full-year 3.3亿元 is a forecast (would-be 1.0313).")

# 28 临时救助: people and funds, elided growth, a time cap answered under it, a duration
P = "1-6月"
row("区民政局、各镇街",
    "全年实施临时救助1500人次以上,临时救助资金支出不少于600万元,临时救助审批时限压缩至10个工作日以内。",
    "1-6月,全区共实施临时救助836人次,支出临时救助资金312.5万元,同比增长6.8%;临时救助审批时限平均为7.5个工作日,对急难型救助实行“先行救助、事后补办”,救助金24小时内发放到位。",
    targets=[M("1500人次", 1500, "人次", "实施临时救助", bound="min"),
             M("600万元", 600, "万元", "临时救助资金支出", bound="min"),
             M("10个工作日", 10, "个工作日", "临时救助审批时限", bound="max")],
    actuals=[M("836人次", 836, "人次", "实施临时救助", period=P),
             M("312.5万元", 312.5, "万元", "支出临时救助资金", period=P),
             M("6.8%", 6.8, "%", "临时救助资金同比增长", kind="growth", period=P),
             M("7.5个工作日", 7.5, "个工作日", "平均审批时限", period=P),
             M("24小时", 24, "小时", "急难型救助发放时限(duration)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="836/1500 = 0.5573; 312.5/600 = 0.5208 (growth has no target, subject elided). The time cap: 7.5/10 = 0.75, under the cap, so met. 24小时 is a duration.")

# 29 兒童福利 (traditional): two standards, the one for the target's group answers; a centre under fitting; 配備率 only in words (均已配齊)
row("區民政局、區財政局、團區委、區婦聯",
    "孤兒和事實無人撫養兒童基本生活保障標準提高到每人每月2100元,建成區未成年人救助保護中心,鎮街兒童督導員和村(社區)兒童主任配備率100%。",
    "今年以來,全區集中養育孤兒基本生活保障標準提高到2300元/人·月,社會散居孤兒和事實無人撫養兒童提高到2100元/人·月;上半年共保障孤兒和事實無人撫養兒童186名,發放保障金223.4萬元;區未成年人救助保護中心已完成主體建設,正在進行內部裝修;全區12個鎮街、168個村(社區)均已配齊兒童督導員和兒童主任。",
    targets=[M("每人每月2100元", 2100, "元/人·月", "孤兒和事實無人撫養兒童基本生活保障標準"),
             M("100%", 100, "%", "兒童督導員和兒童主任配備率")],
    actuals=[M("2300元/人·月", 2300, "元/人·月", "集中養育孤兒基本生活保障標準", period="今年以來"),
             M("2100元/人·月", 2100, "元/人·月", "散居孤兒和事實無人撫養兒童保障標準", period="今年以來"),
             M("186名", 186, "名", "保障孤兒和事實無人撫養兒童", period="上半年"),
             M("223.4萬元", 223.4, "萬元", "發放保障金", period="上半年"),
             M("12個", 12, "個", "鎮街(scope)"),
             M("168個", 168, "個", "村(社區)(scope)")],
    pairs=[("t1", ["a2"])],
    note="Traditional characters. The target's group (孤兒和事實無人撫養兒童, the lower common standard) is answered by the 2100元/人·月 standard: 1.0; the 2300元 for children in institutions is another group (would-be 1.0952). The centre is still being fitted out (no number). The staffing rate is stated only in words (均已配齊): t2 unpaired (would-be 1.0).")

# 30 家庭养老床位/适老化 (Chinese numerals): beds and homes, a 其中 part, a class threshold in both columns, 一万零四百名
P = "上半年"
row("区民政局、区残联、区住房城乡建设局",
    "建设家庭养老床位三百张,完成特殊困难老年人家庭适老化改造五百户,按月为八十周岁以上老年人发放高龄津贴。",
    "上半年,新建家庭养老床位一百八十六张,并同步接入区智慧养老服务平台;完成特殊困难老年人家庭适老化改造三百二十户,其中安装扶手、防滑地面等基础类改造二百六十户;按月为全区一万零四百名八十周岁以上老年人发放高龄津贴,累计发放三百一十二万元。",
    targets=[M("三百张", 300, "张", "建设家庭养老床位"),
             M("五百户", 500, "户", "特殊困难老年人家庭适老化改造")],
    other=[O("八十周岁", 80, "周岁", "class threshold (八十周岁以上老年人)")],
    actuals=[M("一百八十六张", 186, "张", "新建家庭养老床位", period=P),
             M("三百二十户", 320, "户", "完成适老化改造", period=P),
             M("二百六十户", 260, "户", "基础类适老化改造", period=P),
             M("一万零四百名", 10400, "名", "发放高龄津贴老年人"),
             M("八十周岁", 80, "周岁", "高龄津贴年龄门槛(class threshold)"),
             M("三百一十二万元", 312, "万元", "累计发放高龄津贴", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="Chinese numerals. 186/300 = 0.62; 320/500 = 0.64 (260 basic works are a part). The allowance has no numeric target; 八十周岁 is a class threshold in both columns. 一万零四百 is one number (10400), 万 not standing before the unit.")

# 31 节会: the festival already held answers the multi-event target, a duration, growth without target, a marathon still to come
row("区文化和旅游局、区体育局、白鹭湾度假区管委会",
    "办好第五届桃花节、第三届山水马拉松等节会赛事,节会期间接待游客不少于80万人次,带动旅游消费3亿元以上。",
    "3月中旬至4月中旬举办的第五届桃花节历时30天,累计接待游客92.6万人次,同比增长14.7%,带动旅游综合消费3.36亿元;第三届山水马拉松定于11月举办,目前已完成赛道设计和报名系统开发,计划参赛规模1.5万人。",
    targets=[M("80万人次", 80, "万人次", "节会期间接待游客", bound="min"),
             M("3亿元", 3, "亿元", "节会带动旅游消费", bound="min")],
    actuals=[M("30天", 30, "天", "桃花节历时(duration)"),
             M("92.6万人次", 92.6, "万人次", "桃花节接待游客"),
             M("14.7%", 14.7, "%", "接待游客同比增长", kind="growth"),
             M("3.36亿元", 3.36, "亿元", "带动旅游综合消费"),
             M("1.5万人", 1.5, "万人", "马拉松计划参赛规模(plan)")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="The target covers all festivals; only the 桃花节 has been held and it already answers: 92.6/80 = 1.1575, 3.36/3 = 1.12. The marathon's 1.5万人 is a plan. 第五届/第三届 are ordinals; 3月/4月/11月 are dates.")

# 32 学校体育场地: scope, eligible and open schools give the rate, visits with a 其中 part (ordinary)
row("区教育局、区体育局",
    "推动学校体育场地向社会开放,符合条件的学校体育场地开放率达到85%以上,区体育中心全年接待健身群众60万人次。",
    "全区112所中小学中,具备开放条件的102所,已向社会开放体育场地87所,开放率85.3%;区体育中心上半年接待健身群众34.8万人次,其中免费和低收费开放时段接待21.2万人次。",
    targets=[M("85%", 85, "%", "符合条件的学校体育场地开放率", bound="min"),
             M("60万人次", 60, "万人次", "区体育中心接待健身群众")],
    actuals=[M("112所", 112, "所", "中小学(scope)"),
             M("102所", 102, "所", "具备开放条件学校"),
             M("87所", 87, "所", "已开放体育场地学校"),
             M("85.3%", 85.3, "%", "学校体育场地开放率"),
             M("34.8万人次", 34.8, "万人次", "体育中心接待健身群众", period="上半年"),
             M("21.2万人次", 21.2, "万人次", "免费和低收费时段接待", period="上半年")],
    pairs=[("t1", ["a4"]), ("t2", ["a5"])],
    note="85.3/85 = 1.0035 (87/102 are its parts, 112 the scope). 34.8/60 = 0.58; 21.2 is a part.")

# 33 社工站: the target count restated as all built (pairs), social workers, a coverage rate with its rise
P = "截至6月底"
row("区民政局、各镇街",
    "实现镇街社会工作服务站全覆盖,建成镇街社会工作服务站12个,村(社区)社会工作室覆盖率达到50%。",
    "截至6月底,全区12个镇街社会工作服务站全部建成并投入运营,共配备驻站专职社工48名;建成村(社区)社会工作室76个,覆盖率45.2%,较年初提高18.5个百分点。",
    targets=[M("12个", 12, "个", "建成镇街社会工作服务站"),
             M("50%", 50, "%", "村(社区)社会工作室覆盖率")],
    actuals=[M("12个", 12, "个", "建成投运镇街社会工作服务站", period=P),
             M("48名", 48, "名", "驻站专职社工", period=P),
             M("76个", 76, "个", "建成村(社区)社会工作室", period=P),
             M("45.2%", 45.2, "%", "社会工作室覆盖率", period=P),
             M("18.5个百分点", 18.5, "个百分点", "覆盖率较年初提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="12个…全部建成并投入运营 reports the count as done: 12/12 = 1.0 (全覆盖 has no number). 45.2/50 = 0.904; the rise has no target, and the rooms count has no count target.")

# 34 养老护理员 (full-width digits): trainees, a certified part answering its own target (人 vs 名), a rate just under
P = "上半年"
row("区民政局、区人力资源社会保障局",
    "培训养老护理员８００人次,养老机构护理员持证上岗率达到９０％以上,新增取得职业技能等级证书养老护理员３００名。",
    "上半年,举办养老护理员职业技能培训班１２期,培训４６８人次,其中取得职业技能等级证书３５２人;全区养老机构在岗护理员７２６名,持证上岗率８８．４％。",
    targets=[M("８００人次", 800, "人次", "培训养老护理员"),
             M("９０％", 90, "%", "养老机构护理员持证上岗率", bound="min"),
             M("３００名", 300, "名", "新增取得职业技能等级证书养老护理员")],
    actuals=[M("１２期", 12, "期", "职业技能培训班", period=P),
             M("４６８人次", 468, "人次", "培训养老护理员", period=P),
             M("３５２人", 352, "人", "取得职业技能等级证书", period=P),
             M("７２６名", 726, "名", "在岗护理员(scope)"),
             M("８８．４％", 88.4, "%", "持证上岗率")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a3"])],
    note="Full-width digits. 468/800 = 0.585. The certified trainees answer the certificate target (人 and 名 count the same people): 352/300 = 1.1733. 88.4/90 = 0.9822.")

# 35 规上文化企业: growth for 1-5月 answers, a 前三季度 forecast does not, 4 added vs 6 awaiting 入库, a base re-examined (not new)
P = "1-5月"
row("区委宣传部、区文化和旅游局、区统计局",
    "规模以上文化企业营业收入增长8%,新增规上文化企业10家,新创建省级文化产业示范基地1家。",
    "1-5月,全区62家规模以上文化企业实现营业收入48.6亿元,同比增长9.2%,预计前三季度增速保持在9%左右;新增纳入统计的规上文化企业4家,另有6家已达到规模标准,正在办理入库手续;“桃源文创园”顺利通过省级文化产业示范基地复核,保留示范基地称号。",
    targets=[M("8%", 8, "%", "规上文化企业营业收入增长", kind="growth"),
             M("10家", 10, "家", "新增规上文化企业"),
             M("1家", 1, "家", "新创建省级文化产业示范基地")],
    actuals=[M("62家", 62, "家", "规模以上文化企业(scope)", period=P),
             M("48.6亿元", 48.6, "亿元", "规上文化企业营业收入", period=P),
             M("9.2%", 9.2, "%", "营业收入同比增长", kind="growth", period=P),
             M("9%", 9, "%", "预计前三季度营业收入增速(forecast)", kind="growth", period="前三季度"),
             M("4家", 4, "家", "新增纳入统计规上文化企业"),
             M("6家", 6, "家", "正在办理入库企业(candidates)")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="9.2/8 = 1.15 for 1-5月; the 前三季度 figure is a forecast for a period not yet over (would-be 1.125). 4/10 = 0.4; the 6 still being entered into the statistics are candidates (would-be sum 1.0). The park passed a re-examination of an existing title, not a new creation: t3 unpaired.")

# 36 運動員 (traditional): medals without target (a rank target), clubs, 二級 + 一級 summed for 二級以上, transfers another measure
P = "上半年"
row("區體育局、區教育局、區青少年業餘體育學校",
    "組織參加省運會,力爭金牌總數和獎牌總數進入全省前十;新建青少年體育俱樂部5家,培養國家二級以上運動員30名。",
    "上半年,我區運動員在省運會預賽和省級錦標賽中共獲得金牌18枚、銀牌15枚、銅牌22枚;新註冊青少年體育俱樂部3家;新增國家二級運動員26名、一級運動員5名,向市體校輸送優秀苗子14名。",
    targets=[M("5家", 5, "家", "新建青少年體育俱樂部"),
             M("30名", 30, "名", "培養國家二級以上運動員")],
    actuals=[M("18枚", 18, "枚", "金牌", period=P),
             M("15枚", 15, "枚", "銀牌", period=P),
             M("22枚", 22, "枚", "銅牌", period=P),
             M("3家", 3, "家", "新註冊青少年體育俱樂部", period=P),
             M("26名", 26, "名", "新增國家二級運動員", period=P),
             M("5名", 5, "名", "新增一級運動員", period=P),
             M("14名", 14, "名", "輸送市體校", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5", "a6"])],
    note="Traditional characters. The medal target is a rank (前十), not a quantity; medals have no target. 3/5 = 0.6. 二級以上 covers 二級 and 一級: 26 + 5 = 31 (combine sum, 1.0333); the 14 transferred to the city school are another measure. 二級/一級 are grade labels.")

# 37 健身房/运动场 (Chinese numerals): counts with a 其中 part, pitches tendered, a slogan target with a rate in words
P = "上半年"
row("区体育局、区住房城乡建设局、各街道办事处",
    "新建百姓健身房十个、多功能运动场十五片,城区基本建成“15分钟健身圈”。",
    "上半年,新建百姓健身房八个,其中利用闲置厂房、商业用房改建五个;新建笼式足球场、篮球场等多功能运动场九片,另有六片已完成招标,计划三季度开工;城区“15分钟健身圈”覆盖率达到92%。",
    targets=[M("十个", 10, "个", "新建百姓健身房"),
             M("十五片", 15, "片", "新建多功能运动场")],
    actuals=[M("八个", 8, "个", "新建百姓健身房", period=P),
             M("五个", 5, "个", "利用闲置用房改建健身房", period=P),
             M("九片", 9, "片", "新建多功能运动场", period=P),
             M("六片", 6, "片", "已招标多功能运动场(plan)"),
             M("92%", 92, "%", "“15分钟健身圈”覆盖率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals. 8/10 = 0.8 (5 is a part); 9/15 = 0.6, the 6 tendered are to start in 三季度 (would-be sum 1.0). “15分钟健身圈” is a slogan: the target has no number and the 92% coverage is unpaired.")

# 38 研学: 3 recognised vs one under public notice, students with elided growth, groups as 批次
row("区文化和旅游局、区教育局",
    "打造中小学生研学实践基地(营地)5个,全年接待研学学生20万人次。",
    "今年以来,新认定区级中小学生研学实践基地3个,“青山红色记忆馆”列入市级研学旅行营地拟认定名单,正在公示;上半年全区研学基地(营地)共接待中小学生研学团队860批次、学生12.4万人次,同比增长31.6%。",
    targets=[M("5个", 5, "个", "中小学生研学实践基地(营地)"),
             M("20万人次", 20, "万人次", "接待研学学生")],
    actuals=[M("3个", 3, "个", "新认定区级研学实践基地", period="今年以来"),
             M("860批次", 860, "批次", "接待研学团队", period="上半年"),
             M("12.4万人次", 12.4, "万人次", "接待研学学生", period="上半年"),
             M("31.6%", 31.6, "%", "研学学生同比增长", kind="growth", period="上半年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="3/5 = 0.6; the camp under public notice is a candidate (would-be 0.8). 12.4/20 = 0.62; the growth (subject elided) has no target.")

# 39 旅游投诉: 办结率 answers 处理率, 其中 hotline part, pending cases, a satisfaction rate over the floor; 12345 is a name
P = "上半年"
row("区文化和旅游局、区市场监管局、区12345政务服务便民热线",
    "旅游投诉处理率达到100%,游客满意度保持在90%以上,全年不发生较大以上旅游安全事故。",
    "上半年,全区共受理旅游投诉186件(其中12345热线转办142件),已办结181件,其余5件正在调解处理,办结率97.3%,为游客挽回经济损失38.6万元;第三方机构抽样调查显示,游客综合满意度为91.6%。",
    targets=[M("100%", 100, "%", "旅游投诉处理率"),
             M("90%", 90, "%", "游客满意度", bound="min")],
    actuals=[M("186件", 186, "件", "受理旅游投诉", period=P),
             M("142件", 142, "件", "12345热线转办投诉", period=P),
             M("181件", 181, "件", "已办结投诉", period=P),
             M("5件", 5, "件", "正在调解投诉", period=P),
             M("97.3%", 97.3, "%", "旅游投诉办结率", period=P),
             M("38.6万元", 38.6, "万元", "挽回经济损失", period=P),
             M("91.6%", 91.6, "%", "游客综合满意度")],
    pairs=[("t1", ["a5"]), ("t2", ["a7"])],
    note="办结率 is the 处理率 in other words: 97.3/100 = 0.973 (181/186). 91.6/90 = 1.0178. 12345 is a hotline name; 较大以上 has no number.")

# 40 过夜游客: half-year visitors vs a full-year forecast, an occupancy rate with its rise, holiday rates 均超过90%
P = "上半年"
row("区文化和旅游局、区商务局",
    "全年接待过夜游客260万人次,星级饭店和品质酒店客房平均出租率达到65%。",
    "上半年,全区接待过夜游客118.7万人次,同比增长9.6%,预计全年可达255万人次左右;全区38家星级饭店和品质酒店客房平均出租率61.8%,较上年同期提高3.2个百分点,其中“五一”、端午假期出租率均超过90%。",
    targets=[M("260万人次", 260, "万人次", "接待过夜游客"),
             M("65%", 65, "%", "星级饭店和品质酒店客房平均出租率")],
    actuals=[M("118.7万人次", 118.7, "万人次", "接待过夜游客", period=P),
             M("9.6%", 9.6, "%", "过夜游客同比增长", kind="growth", period=P),
             M("255万人次", 255, "万人次", "预计全年过夜游客(forecast)", period="全年"),
             M("38家", 38, "家", "星级饭店和品质酒店(scope)"),
             M("61.8%", 61.8, "%", "客房平均出租率", period=P),
             M("3.2个百分点", 3.2, "个百分点", "出租率较上年同期提高", kind="growth", period=P),
             M("90%", 90, "%", "假期客房出租率(均超过)")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="118.7/260 = 0.4565 for the half; the full-year 255万人次左右 is a forecast (would-be 0.9808). The half-year average 61.8/65 = 0.9508; the holiday rates above 90% are peaks, not the average. 五一 is a holiday name.")


probe.write(Path(__file__).with_name("probe-culture.gold.jsonl"))
