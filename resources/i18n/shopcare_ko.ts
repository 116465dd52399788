<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>Choices</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="45" />
        <source>phone</source>
        <extracomment>Vocabulary values shown translated (the stored value stays English).</extracomment>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="46" />
        <source>walk-in</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="47" />
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="48" />
        <source>message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="49" />
        <source>social</source>
        <translation>SNS</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="50" />
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="51" />
        <source>in</source>
        <translation>수신</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="52" />
        <source>out</source>
        <translation>발신</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="53" />
        <source>positive</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="54" />
        <source>neutral</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="55" />
        <source>negative</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="56" />
        <source>site</source>
        <translation>매장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="57" />
        <source>ordering</source>
        <translation>주문</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="58" />
        <source>order form</source>
        <translation>주문서</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="59" />
        <source>delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="60" />
        <source>product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="61" />
        <source>support</source>
        <translation>지원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="62" />
        <source>bereavement</source>
        <translation>상(喪)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="63" />
        <source>birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="64" />
        <source>wedding</source>
        <translation>결혼</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="65" />
        <source>new baby</source>
        <translation>출산</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="66" />
        <source>moved</source>
        <translation>이사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="67" />
        <source>illness</source>
        <translation>병환</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="68" />
        <source>graduation</source>
        <translation>졸업</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="69" />
        <source>anniversary</source>
        <translation>기념일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="70" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="460" />
        <source>Edit customer</source>
        <translation>고객 정보 수정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="460" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="465" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="466" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="467" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="468" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="469" />
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="470" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="471" />
        <source>Tags (comma separated)</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="472" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="494" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="495" />
        <source>Cancel</source>
        <translation>취소</translation>
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
        <location filename="../../shopcare/ui/customers.py" line="228" />
        <source>Choose a customer on the left, or add a new one.</source>
        <translation>왼쪽에서 고객을 고르거나 새 고객을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="232" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="233" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="234" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="235" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="236" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="237" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="240" />
        <source>%1 contacts, %2 purchases, customer since %3</source>
        <translation>연락 %1회, 구매 %2회, %3부터 고객</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="86" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="86" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="86" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="86" />
        <source>Last contact</source>
        <translation>마지막 연락</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="337" />
        <source>Search: name, phone (e.g. last 4 digits), email or tag  (Ctrl+F)</source>
        <translation>검색: 이름, 전화번호(끝 4자리 등), 이메일, 태그  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="339" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopcare/ui/customers.py" line="352" />
        <source>%n match(es)</source>
        <translation><numerusform>검색 결과 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopcare/ui/customers.py" line="354" />
        <source>%n customer(s)</source>
        <translation><numerusform>고객 %n명</numerusform></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="143" />
        <source>When (blank = now)</source>
        <translation>시각 (비우면 지금)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="151" />
        <source>Log contact</source>
        <translation>연락 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="155" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="162" />
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="167" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="170" />
        <source>Sentiment</source>
        <translation>분위기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="175" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="176" />
        <source>Topics (comma separated)</source>
        <translation>주제 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="177" />
        <location filename="../../shopcare/ui/dialogs.py" line="229" />
        <location filename="../../shopcare/ui/dialogs.py" line="239" />
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="178" />
        <source>Minutes</source>
        <translation>소요 시간(분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="179" />
        <source>Went beyond</source>
        <translation>특별히 해 드린 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="185" />
        <source>Note purchase</source>
        <translation>구매 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="187" />
        <location filename="../../shopcare/ui/dialogs.py" line="196" />
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="188" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="194" />
        <source>Request return</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="197" />
        <location filename="../../shopcare/ui/dialogs.py" line="293" />
        <source>Due date</source>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="203" />
        <source>Return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="204" />
        <location filename="../../shopcare/ui/dialogs.py" line="211" />
        <source>Open return</source>
        <translation>처리 중인 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="209" />
        <source>Waive return</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="212" />
        <location filename="../../shopcare/ui/dialogs.py" line="294" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="219" />
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="223" />
        <source>Feedback is</source>
        <translation>피드백 종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="228" />
        <location filename="../../shopcare/ui/dialogs.py" line="238" />
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="235" />
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="237" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="245" />
        <source>Resolve complaint</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="247" />
        <source>Open complaint</source>
        <translation>처리 중인 불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="248" />
        <source>Resolution</source>
        <translation>해결 내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="255" />
        <source>Life event</source>
        <translation>경조사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="259" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="264" />
        <source>On (date)</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="265" />
        <location filename="../../shopcare/ui/dialogs.py" line="303" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="271" />
        <source>Referred elsewhere</source>
        <translation>다른 곳 안내</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="273" />
        <source>Item we could not supply</source>
        <translation>구해 드리지 못한 물품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="274" />
        <source>Sent to</source>
        <translation>안내한 곳</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="275" />
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="281" />
        <source>Gift sent</source>
        <translation>선물 보냄</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="283" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="284" />
        <source>Occasion</source>
        <translation>계기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="285" />
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="291" />
        <source>Schedule follow-up</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="300" />
        <source>Follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="302" />
        <source>Open follow-up</source>
        <translation>예정된 후속 연락</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="310" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="312" />
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="313" />
        <source>What was wrong</source>
        <translation>무엇이 틀렸나요</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="314" />
        <source>Withdraw the entry</source>
        <translation>이 항목 철회</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="369" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="370" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="436" />
        <source>Choose the entry to correct.</source>
        <translation>정정할 항목을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="444" />
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="31" />
        <source>registered</source>
        <extracomment>The kinds shown on a timeline, marked for translation (the raw kind is the read model's).</extracomment>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="32" />
        <source>details changed</source>
        <translation>정보 변경</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="33" />
        <source>contact</source>
        <translation>연락</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="34" />
        <source>purchase</source>
        <translation>구매</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="35" />
        <source>return requested</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="36" />
        <source>return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="37" />
        <source>return waived</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="38" />
        <source>feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="39" />
        <source>complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="40" />
        <source>complaint resolved</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="41" />
        <source>life event</source>
        <translation>경조사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="42" />
        <source>referred elsewhere</source>
        <translation>다른 곳 안내</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="43" />
        <source>gift sent</source>
        <translation>선물 보냄</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="44" />
        <source>follow-up scheduled</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="45" />
        <source>follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="46" />
        <source>correction</source>
        <translation>정정</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="126" />
        <source>ShopCare</source>
        <translation>ShopCare 고객 관리</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="127" />
        <source>&amp;Staff:</source>
        <translation>직원(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="128" />
        <source>Who is logging: everything saved records this name</source>
        <translation>기록하는 사람: 저장하는 모든 기록에 이 이름이 남습니다</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="129" />
        <source>&amp;Quick log</source>
        <translation>빠른 기록(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="130" />
        <source>Log a contact (Ctrl+L)</source>
        <translation>연락 기록 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="131" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="132" />
        <source>Register a new customer (Ctrl+N)</source>
        <translation>새 고객 등록 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="133" />
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="134" />
        <source>Search customers (Ctrl+F)</source>
        <translation>고객 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="135" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="136" />
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="137" />
        <source>&amp;Customers</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="139" />
        <source>T&amp;asks</source>
        <translation>할 일(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="148" />
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="203" />
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="253" />
        <source>Could not read new events: %1</source>
        <translation>새 기록을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="40" />
        <source>Quick log</source>
        <translation>빠른 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="45" />
        <source>Name, phone (last 4 digits), email or tag</source>
        <translation>이름, 전화번호(끝 4자리), 이메일 또는 태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="47" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="56" />
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="70" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="73" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="76" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="95" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="96" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="101" />
        <source>comma separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="102" />
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="105" />
        <source>What happened (Enter saves)</source>
        <translation>무슨 일이 있었나요 (Enter로 저장)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="106" />
        <source>&amp;Summary</source>
        <translation>내용(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="120" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="122" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="215" />
        <source>the summary must not be empty</source>
        <translation>내용을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="230" />
        <source>Find the customer first (or add a new one).</source>
        <translation>먼저 고객을 찾으세요 (또는 새 고객 추가).</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="245" />
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="536" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="544" />
        <source>Staff (one per line)</source>
        <translation>직원 (한 줄에 한 명)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="547" />
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="551" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="552" />
        <source>A new language applies at once.</source>
        <translation>언어를 바꾸면 바로 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="558" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="185" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="186" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="187" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="188" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="189" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="229" />
        <source>[withdrawn]</source>
        <translation>[철회됨]</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../shopcare/ui/today.py" line="73" />
        <source>Due</source>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="74" />
        <location filename="../../shopcare/ui/today.py" line="83" />
        <location filename="../../shopcare/ui/today.py" line="93" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="75" />
        <location filename="../../shopcare/ui/today.py" line="84" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="76" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="82" />
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="85" />
        <source>Waiting for</source>
        <translation>기다리는 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="86" />
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="92" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="94" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="95" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="124" />
        <source>Follow-ups due (today and overdue)</source>
        <translation>후속 연락 예정 (오늘 및 지난 것)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="125" />
        <source>Customers waiting: open complaints and returns</source>
        <translation>기다리는 고객: 처리 중인 불만과 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="126" />
        <source>Recent contacts</source>
        <translation>최근 연락</translation>
    </message>
</context>
</TS>