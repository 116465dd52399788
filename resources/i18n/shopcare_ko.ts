<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name />
    <message>
        <location filename="../../shopcare/ui/operations.py" line="206" />
        <source>window-store-unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../shopcare/ui/operations.py" line="207" />
        <source>window-op-failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="195" />
        <source>window-today-first-rows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="53" />
        <source>phone</source>
        <extracomment>Vocabulary values shown translated (the stored value stays English).</extracomment>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="54" />
        <source>walk-in</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="55" />
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="56" />
        <source>message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="57" />
        <source>social</source>
        <translation>SNS</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="58" />
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="59" />
        <source>in</source>
        <translation>수신</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="60" />
        <source>out</source>
        <translation>발신</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="61" />
        <source>positive</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="62" />
        <source>neutral</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="63" />
        <source>negative</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="64" />
        <source>site</source>
        <translation>매장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="65" />
        <source>ordering</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="66" />
        <source>order form</source>
        <translation>주문서</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="67" />
        <source>delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="68" />
        <source>product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="69" />
        <source>support</source>
        <translation>지원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="70" />
        <source>bereavement</source>
        <translation>상(喪)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="71" />
        <source>birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="72" />
        <source>wedding</source>
        <translation>결혼</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="73" />
        <source>new baby</source>
        <translation>출산</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="74" />
        <source>moved</source>
        <translation>이사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="75" />
        <source>illness</source>
        <translation>병환</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="76" />
        <source>graduation</source>
        <translation>졸업</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="77" />
        <source>anniversary</source>
        <translation>기념일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="78" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="467" />
        <source>Edit customer</source>
        <translation>고객 정보 수정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="467" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="472" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="473" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="474" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="475" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="476" />
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="477" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="478" />
        <source>Tags (comma separated)</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="479" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="164" />
        <source>Log &amp;contact</source>
        <extracomment>(object name, label, [(method, label) ...]) — one button, or one button with a menu.</extracomment>
        <translation>연락 기록(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="165" />
        <source>&amp;Purchase</source>
        <translation>구매(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="166" />
        <source>&amp;Return</source>
        <translation>반품(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="167" />
        <source>&amp;Feedback</source>
        <translation>피드백(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="168" />
        <source>Co&amp;mplaint</source>
        <translation>불만(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="169" />
        <source>&amp;Life event</source>
        <translation>경조사(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="170" />
        <source>Re&amp;ferred</source>
        <translation>다른 곳 안내(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="171" />
        <source>&amp;Gift</source>
        <translation>선물(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="172" />
        <source>F&amp;ollow-up</source>
        <translation>후속 연락(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="173" />
        <source>Co&amp;rrection</source>
        <translation>정정(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="178" />
        <source>Request return</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="179" />
        <source>Return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="180" />
        <source>Waive return</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="181" />
        <source>Raise complaint</source>
        <translation>불만 접수</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="182" />
        <source>Resolve complaint</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="183" />
        <source>Schedule follow-up</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="184" />
        <source>Follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="188" />
        <source>&amp;Edit details</source>
        <translation>정보 수정(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="189" />
        <source>&lt;b&gt;Timeline&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;타임라인&lt;/b&gt; (최신순)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="190" />
        <source>&amp;Show:</source>
        <translation>보기(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="195" />
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="235" />
        <source>Choose a customer on the left, or add a new one.</source>
        <translation>왼쪽에서 고객을 고르거나 새 고객을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="239" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="240" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="241" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="242" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="243" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="244" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="247" />
        <source>%1 contacts, %2 purchases, customer since %3</source>
        <translation>연락 %1회, 구매 %2회, %3부터 고객</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="292" />
        <source>Name or phone digits</source>
        <translation>이름 또는 전화번호 숫자</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="129" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="129" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="129" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="129" />
        <source>Last contact</source>
        <translation>마지막 연락</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="344" />
        <source>Search: name, phone (e.g. last 4 digits), email or tag  (Ctrl+F)</source>
        <translation>검색: 이름, 전화번호(끝 4자리 등), 이메일, 태그  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="346" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopcare/ui/customers.py" line="358" />
        <source>%n match(es)</source>
        <translation><numerusform>검색 결과 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopcare/ui/customers.py" line="360" />
        <source>%n customer(s)</source>
        <translation><numerusform>고객 %n명</numerusform></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="148" />
        <source>When (blank = now)</source>
        <translation>시각 (비우면 지금)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="157" />
        <source>Log contact</source>
        <translation>연락 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="161" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="168" />
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="173" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="176" />
        <source>Sentiment</source>
        <translation>분위기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="181" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="183" />
        <source>Topics (comma separated)</source>
        <translation>주제 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="187" />
        <location filename="../../shopcare/ui/dialogs.py" line="244" />
        <location filename="../../shopcare/ui/dialogs.py" line="259" />
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="191" />
        <source>Minutes</source>
        <translation>소요 시간(분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="192" />
        <source>Went beyond</source>
        <translation>특별히 해 드린 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="198" />
        <source>Note purchase</source>
        <translation>구매 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="200" />
        <location filename="../../shopcare/ui/dialogs.py" line="209" />
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="201" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="207" />
        <source>Request return</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="210" />
        <location filename="../../shopcare/ui/dialogs.py" line="318" />
        <source>Due date</source>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="216" />
        <source>Return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="217" />
        <location filename="../../shopcare/ui/dialogs.py" line="224" />
        <source>Open return</source>
        <translation>처리 중인 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="222" />
        <source>Waive return</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="225" />
        <location filename="../../shopcare/ui/dialogs.py" line="322" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="232" />
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="236" />
        <source>Feedback is</source>
        <translation>피드백 종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="241" />
        <location filename="../../shopcare/ui/dialogs.py" line="256" />
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="253" />
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="255" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="268" />
        <source>Resolve complaint</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="270" />
        <source>Open complaint</source>
        <translation>처리 중인 불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="271" />
        <source>Resolution</source>
        <translation>해결 내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="278" />
        <source>Life event</source>
        <translation>경조사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="282" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="287" />
        <source>On (date)</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="288" />
        <location filename="../../shopcare/ui/dialogs.py" line="331" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="294" />
        <source>Referred elsewhere</source>
        <translation>다른 곳 안내</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="296" />
        <source>Item we could not supply</source>
        <translation>구해 드리지 못한 물품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="297" />
        <source>Sent to</source>
        <translation>안내한 곳</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="298" />
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="304" />
        <source>Gift sent</source>
        <translation>선물 보냄</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="306" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="307" />
        <source>Occasion</source>
        <translation>계기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="308" />
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="314" />
        <source>Schedule follow-up</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="328" />
        <source>Follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="330" />
        <source>Open follow-up</source>
        <translation>예정된 후속 연락</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="338" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="340" />
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="341" />
        <source>What was wrong</source>
        <translation>무엇이 틀렸나요</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="342" />
        <source>Withdraw the entry</source>
        <translation>이 항목 철회</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="449" />
        <source>Choose the entry to correct.</source>
        <translation>정정할 항목을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="41" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="43" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="58" />
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="36" />
        <source>registered</source>
        <extracomment>The kinds shown on a timeline, marked for translation (the raw kind is the read model's).</extracomment>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="37" />
        <source>details changed</source>
        <translation>정보 변경</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="38" />
        <source>contact</source>
        <translation>연락</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="39" />
        <source>purchase</source>
        <translation>구매</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="40" />
        <source>return requested</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="41" />
        <source>return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="42" />
        <source>return waived</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="43" />
        <source>feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="44" />
        <source>complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="45" />
        <source>complaint resolved</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="46" />
        <source>life event</source>
        <translation>경조사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="47" />
        <source>referred elsewhere</source>
        <translation>다른 곳 안내</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="48" />
        <source>gift sent</source>
        <translation>선물 보냄</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="49" />
        <source>follow-up scheduled</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="50" />
        <source>follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="51" />
        <source>correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="52" />
        <source>merged</source>
        <translation>기록 합침</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="53" />
        <source>moved over</source>
        <translation>옮겨 온 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="54" />
        <source>forgotten</source>
        <translation>정보 삭제</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="230" />
        <source>ShopCare</source>
        <extracomment>Further behind than this, catching up shows a progress bar and saves wait for it. While history catches up, the views show what is there, refreshed this often.</extracomment>
        <translation>ShopCare 고객 관리</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="231" />
        <source>&amp;Staff:</source>
        <translation>직원(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="232" />
        <source>Who is logging: everything saved records this name</source>
        <translation>기록하는 사람: 저장하는 모든 기록에 이 이름이 남습니다</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="233" />
        <source>&amp;Quick log</source>
        <translation>빠른 기록(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="234" />
        <source>Log a contact (Ctrl+L)</source>
        <translation>연락 기록 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="235" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="236" />
        <source>Register a new customer (Ctrl+N)</source>
        <translation>새 고객 등록 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="237" />
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="238" />
        <source>Search customers (Ctrl+F)</source>
        <translation>고객 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="239" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="240" />
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="241" />
        <source>&amp;Customers</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="243" />
        <source>T&amp;asks</source>
        <translation>할 일(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="244" />
        <source>&amp;Reports</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="245" />
        <source>Working in the background…</source>
        <translation>백그라운드에서 작업 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="256" />
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="312" />
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="365" />
        <source>Looking for kind acts to suggest…</source>
        <translation>제안할 마음 쓰기를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="378" />
        <source>%1 kind act(s) suggested for today.</source>
        <translation>오늘 제안된 마음 쓰기 %1건.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="388" />
        <source>The daily sweep did not run: %1</source>
        <translation>매일 점검을 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="433" />
        <source>Could not read new events: %1</source>
        <translation>새 기록을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="42" />
        <source>Quick log</source>
        <translation>빠른 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="47" />
        <source>Name, phone (last 4 digits), email or tag</source>
        <translation>이름, 전화번호(끝 4자리), 이메일 또는 태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="49" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="58" />
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="72" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="75" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="78" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="97" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="98" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="103" />
        <source>comma separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="104" />
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="107" />
        <source>What happened (Enter saves)</source>
        <translation>무슨 일이 있었나요 (Enter로 저장)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="108" />
        <source>&amp;Summary</source>
        <translation>내용(&amp;S)</translation>
    </message>
    <message>
        <source>the summary must not be empty</source>
        <translation>내용을 입력하세요</translation>
    </message>
    <message>
        <source>Find the customer first (or add a new one).</source>
        <translation>먼저 고객을 찾으세요 (또는 새 고객 추가).</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="256" />
        <source>Weekly review</source>
        <translation>주간 리뷰</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="257" />
        <source>ISO &amp;week:</source>
        <translation>ISO 주(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="258" />
        <source>Pick a week or type one, e.g. 2026-W07</source>
        <translation>주를 고르거나 입력하세요 (예: 2026-W07)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="259" />
        <source>Save to:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="261" />
        <source>(automatic: %1)</source>
        <translation>(자동: %1)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="263" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="264" />
        <source>&amp;Make weekly review</source>
        <translation>주간 리뷰 만들기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="265" />
        <source>Task sheets</source>
        <translation>할 일 안내지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="266" />
        <source>Open tasks due within (days):</source>
        <translation>남은 할 일 중 기한 (일 이내):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="267" />
        <source>&amp;Print task sheets</source>
        <translation>할 일 안내지 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="268" />
        <source>Maintenance</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="271" />
        <source>Rebuild the lists and search from the saved events. Nothing is lost; use it if something looks out of date.</source>
        <translation>저장된 기록으로 목록과 검색을 다시 만듭니다. 잃는 것은 없습니다. 무언가 최신이 아닌 것 같을 때 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="275" />
        <source>&amp;Rebuild read models</source>
        <translation>목록 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="304" />
        <source>Save the weekly review</source>
        <translation>주간 리뷰 저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="323" />
        <source>Making the weekly review %1…</source>
        <translation>주간 리뷰 %1 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="339" />
        <source>Weekly review %1: %2</source>
        <translation>주간 리뷰 %1: %2</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="345" />
        <source>Could not make the PDF: %1</source>
        <translation>PDF를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="352" />
        <source>Making task sheets…</source>
        <translation>할 일 안내지 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="368" />
        <source>%1 task sheet(s): %2</source>
        <translation>할 일 안내지 %1장: %2</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="379" />
        <source>Rebuilding…</source>
        <translation>다시 만드는 중…</translation>
    </message>
    <message>
        <source>Rebuilding… %1 events</source>
        <translation>다시 만드는 중… 기록 %1건</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="396" />
        <source>Rebuilt from %1 events.</source>
        <translation>기록 %1건으로 다시 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="403" />
        <source>Could not rebuild: %1</source>
        <translation>다시 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="123" />
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="124" />
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="368" />
        <source>flowers and a handwritten card after a loss</source>
        <extracomment>What each rule is for (as in the domain's RULES), for the settings dialog.</extracomment>
        <translation>상을 당한 고객께 꽃과 손편지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="369" />
        <source>a birthday card, days before the birthday</source>
        <translation>생일 며칠 전에 생일 카드</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="370" />
        <source>congratulate on a wedding, new baby or graduation</source>
        <translation>결혼, 출산, 졸업 축하</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="373" />
        <source>the owner calls personally after a complaint</source>
        <translation>불만 뒤 사장이 직접 전화</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="374" />
        <source>waive an overdue return after a hard time</source>
        <translation>힘든 일을 겪은 고객의 늦은 반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="375" />
        <source>tell them when what we could not supply is back</source>
        <translation>구해 드리지 못한 물품이 들어오면 알림</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="376" />
        <source>a thank-you note after a warm or long conversation</source>
        <translation>따뜻하거나 긴 대화 뒤 감사 메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="377" />
        <source>a small surprise on the 5th, 10th, 25th purchase or visit</source>
        <translation>5번째, 10번째, 25번째 구매나 방문에 작은 선물</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="380" />
        <source>a 'we miss you' note to a quiet regular</source>
        <translation>한동안 뜸한 단골에게 '보고 싶어요' 메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="381" />
        <source>one surprise round for regulars living close together</source>
        <translation>가까이 사는 단골들께 한 번에 깜짝 선물</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="531" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="539" />
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="545" />
        <source>Staff (one per line)</source>
        <translation>직원 (한 줄에 한 명)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="548" />
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="552" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="553" />
        <source>A new language applies at once.</source>
        <translation>언어를 바꾸면 바로 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="567" />
        <source>The shop (all computers)</source>
        <translation>가게 (모든 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="573" />
        <source>Shop name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="574" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="577" />
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="587" />
        <source>To use another folder, start ShopCare with --data-dir FOLDER or set SHOPCARE_DATA_DIR.</source>
        <translation>다른 폴더를 쓰려면 ShopCare를 --data-dir 폴더 로 시작하거나 SHOPCARE_DATA_DIR을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="595" />
        <source>Kind-act rules (all computers)</source>
        <translation>마음 쓰기 규칙 (모든 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="597" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="598" />
        <source>Days ahead</source>
        <translation>며칠 전</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="608" />
        <source>Lead time in days</source>
        <translation>미리 할 날 수</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="349" />
        <source>suggested</source>
        <extracomment>Task statuses and delight rules shown translated (stored values stay English).</extracomment>
        <translation>제안됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="350" />
        <source>scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="351" />
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="352" />
        <source>dismissed</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="353" />
        <source>by hand</source>
        <translation>직접 추가</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="354" />
        <source>bereavement</source>
        <translation>상(喪)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="355" />
        <source>birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="356" />
        <source>congratulations</source>
        <translation>축하</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="357" />
        <source>complaint-call</source>
        <translation>불만 후 전화</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="358" />
        <source>gentle-return</source>
        <translation>너그러운 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="359" />
        <source>back-in-stock</source>
        <translation>입고 알림</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="360" />
        <source>thank-you</source>
        <translation>감사 메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="361" />
        <source>milestone</source>
        <translation>기념 구매</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="362" />
        <source>miss-you</source>
        <translation>보고 싶어요</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="363" />
        <source>neighbourhood</source>
        <translation>이웃 단골</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="77" />
        <source>Due</source>
        <extracomment>The status filter: (stored value for ``list_tasks``, English label).</extracomment>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="78" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="79" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="80" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="81" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="82" />
        <source>For</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="83" />
        <source>Why / result</source>
        <translation>이유 / 결과</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="417" />
        <source>&amp;Show:</source>
        <translation>보기(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="419" />
        <source>All open</source>
        <translation>남은 일 전체</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="420" />
        <source>Suggested</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="421" />
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="422" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="423" />
        <source>Dismissed</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="424" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="433" />
        <source>Filter: customer, task, staff…</source>
        <translation>거르기: 고객, 할 일, 직원…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="435" />
        <source>&amp;Schedule…</source>
        <translation>예약(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="436" />
        <source>&amp;Done…</source>
        <translation>완료(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="437" />
        <source>D&amp;ismiss…</source>
        <translation>안 함(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="438" />
        <source>&amp;Add by hand…</source>
        <translation>직접 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="439" />
        <source>&amp;Print sheets</source>
        <translation>안내지 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="443" />
        <source>One PDF page per selected task</source>
        <translation>고른 할 일마다 PDF 한 쪽</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="531" />
        <source>Why: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="533" />
        <source>Suggested: %1</source>
        <translation>제안: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="535" />
        <source>Message: %1</source>
        <translation>메시지: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="538" />
        <source>%1 tasks selected</source>
        <translation>할 일 %1건 선택됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="540" />
        <source>Select a task to schedule, complete or print it.</source>
        <translation>예약, 완료, 인쇄할 할 일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="593" />
        <source>Schedule task</source>
        <translation>할 일 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="595" />
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="595" />
        <source>By when</source>
        <translation>언제까지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="614" />
        <source>Task done</source>
        <translation>할 일 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="617" />
        <source>What was done or sent</source>
        <translation>한 일 또는 보낸 것</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="618" />
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="618" />
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="619" />
        <location filename="../../shopcare/ui/tasks.py" line="672" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="637" />
        <source>Dismiss task</source>
        <translation>할 일 안 함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="639" />
        <source>Why not</source>
        <translation>하지 않는 이유</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>먼저 고객을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="666" />
        <source>Add a task by hand</source>
        <translation>할 일 직접 추가</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="669" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="670" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="671" />
        <source>Due</source>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="684" />
        <source>Select the tasks to print first.</source>
        <translation>먼저 인쇄할 할 일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="687" />
        <source>Making task sheets…</source>
        <translation>할 일 안내지 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="704" />
        <source>%1 task sheet(s): %2</source>
        <translation>할 일 안내지 %1장: %2</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="711" />
        <source>Could not make the PDF: %1</source>
        <translation>PDF를 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="225" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="226" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="227" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="228" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="229" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="266" />
        <source>[withdrawn]</source>
        <translation>[철회됨]</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../shopcare/ui/today.py" line="86" />
        <location filename="../../shopcare/ui/today.py" line="95" />
        <source>Due</source>
        <extracomment>The rows each list on Today shows at most (the count says how many there are).</extracomment>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="87" />
        <location filename="../../shopcare/ui/today.py" line="96" />
        <location filename="../../shopcare/ui/today.py" line="106" />
        <location filename="../../shopcare/ui/today.py" line="116" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="88" />
        <location filename="../../shopcare/ui/today.py" line="107" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="89" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="97" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="98" />
        <source>For</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="99" />
        <source>Kind act</source>
        <translation>마음 쓰기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="105" />
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="108" />
        <source>Waiting for</source>
        <translation>기다리는 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="109" />
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="115" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="117" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="118" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="156" />
        <source>Follow-ups due (today and overdue)</source>
        <translation>후속 연락 예정 (오늘 및 지난 것)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="157" />
        <source>Kind acts due (today and overdue)</source>
        <translation>마음 쓰기 할 일 (오늘 및 지난 것)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="158" />
        <source>Customers waiting: open complaints and returns</source>
        <translation>기다리는 고객: 처리 중인 불만과 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="159" />
        <source>Recent contacts</source>
        <translation>최근 연락</translation>
    </message>
</context>
</TS>