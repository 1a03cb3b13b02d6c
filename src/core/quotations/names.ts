/** Posts and surnames: how reporting names people (国务院总理李强, 外交部发言人毛宁). */
/** Posts written before a name (国务院总理李强, 外交部发言人毛宁, 村党支部书记王秀英). */
export const POSTS =
  '副总理|总理|副主席|主席|委员长|副书记|书记|副部长|部长|副省长|省长|市长|县长|区长|主任|局长|厅长|司长|行长|院长|校长|所长|董事长|总经理|院士|教授|研究员|发言人|大使|秘书长|代表|委员|支书|' +
  // posts of Hong Kong, Macao and Taiwan, and the descriptions reporting puts before a name (种粮大户陈建军)
  '行政长官|司长|署长|处长|关长|镇长|乡长|村长|站长|队长|厂长|社长|主编|议员|议长|院长|总统|大户|老兵|技师|工程师|老党员|党员|创业者|企业家|科学家|劳动模范|劳模|村民|农民|工人|职工|医生|律师|志愿者|民警|经济学家|学者|老人|作家';
/** Common surnames: a post + name counts as a candidate only when the name starts with one. */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤康赖易乔文常牛尤' +
    '温施樊葛邢安齐伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝栗洪阎冀蔺钮怀寿滕黎丛'.split(''),
);

/** What follows a two-character name: punctuation, an adverbial, a verb. */
export const NAME_FOLLOWER =
  '[^\\u4e00-\\u9fff]|[在于对就向同与给曾也还又都近今昨前当上下早长从是等和及将把被已正先再率带主出来到说表指强介认回坦直透笑感叮嘱告呼宣追问答称一拉握站望看走发作会致参接深多坐躺蹲拿提开领放抬挥摆翻读写听想拍指点招握摸搓端举考调视检慰访赴抵召听]|$';
