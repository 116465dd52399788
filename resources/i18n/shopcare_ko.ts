<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="455" />
        <source>Edit customer</source>
        <translation>고객 정보 수정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="455" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="460" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="461" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="462" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="463" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="464" />
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="465" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="466" />
        <source>Tags (comma separated)</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="467" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="168" />
        <source>Log &amp;contact</source>
        <extracomment>(object name, label, [(method, label) ...]) — one button, or one button with a menu.</extracomment>
        <translation>연락 기록(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="169" />
        <source>&amp;Purchase</source>
        <translation>구매(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="170" />
        <source>&amp;Return</source>
        <translation>반품(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="171" />
        <source>&amp;Feedback</source>
        <translation>피드백(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="172" />
        <source>Co&amp;mplaint</source>
        <translation>불만(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="173" />
        <source>&amp;Life event</source>
        <translation>경조사(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="174" />
        <source>Re&amp;ferred</source>
        <translation>다른 곳 안내(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="175" />
        <source>&amp;Gift</source>
        <translation>선물(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="176" />
        <source>F&amp;ollow-up</source>
        <translation>후속 연락(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="177" />
        <source>Co&amp;rrection</source>
        <translation>정정(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="182" />
        <source>Request return</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="183" />
        <source>Return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="184" />
        <source>Waive return</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="185" />
        <source>Raise complaint</source>
        <translation>불만 접수</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="186" />
        <source>Resolve complaint</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="187" />
        <source>Schedule follow-up</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="188" />
        <source>Follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="192" />
        <source>&amp;Edit details</source>
        <translation>정보 수정(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="193" />
        <source>&lt;b&gt;Timeline&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;타임라인&lt;/b&gt; (최신순)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="194" />
        <source>&amp;Show:</source>
        <translation>보기(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="199" />
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="241" />
        <source>Choose a customer on the left, or add a new one.</source>
        <translation>왼쪽에서 고객을 고르거나 새 고객을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="245" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="246" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="247" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="248" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="249" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="250" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="253" />
        <source>%1 contacts, %2 purchases, customer since %3</source>
        <translation>연락 %1회, 구매 %2회, %3부터 고객</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="318" />
        <source>Name or phone digits</source>
        <translation>이름 또는 전화번호 숫자</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="109" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="109" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="109" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="109" />
        <source>Last contact</source>
        <translation>마지막 연락</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="350" />
        <source>Search: name, phone (e.g. last 4 digits), email or tag  (Ctrl+F)</source>
        <translation>검색: 이름, 전화번호(끝 4자리 등), 이메일, 태그  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="352" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopcare/ui/customers.py" line="364" />
        <source>%n match(es)</source>
        <translation><numerusform>검색 결과 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopcare/ui/customers.py" line="366" />
        <source>%n customer(s)</source>
        <translation><numerusform>고객 %n명</numerusform></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="136" />
        <source>When (blank = now)</source>
        <translation>시각 (비우면 지금)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="145" />
        <source>Log contact</source>
        <translation>연락 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="149" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="156" />
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="161" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="164" />
        <source>Sentiment</source>
        <translation>분위기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="169" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="171" />
        <source>Topics (comma separated)</source>
        <translation>주제 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="175" />
        <location filename="../../shopcare/ui/dialogs.py" line="232" />
        <location filename="../../shopcare/ui/dialogs.py" line="247" />
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="179" />
        <source>Minutes</source>
        <translation>소요 시간(분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="180" />
        <source>Went beyond</source>
        <translation>특별히 해 드린 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="186" />
        <source>Note purchase</source>
        <translation>구매 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="188" />
        <location filename="../../shopcare/ui/dialogs.py" line="197" />
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="189" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="195" />
        <source>Request return</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="198" />
        <location filename="../../shopcare/ui/dialogs.py" line="306" />
        <source>Due date</source>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="204" />
        <source>Return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="205" />
        <location filename="../../shopcare/ui/dialogs.py" line="212" />
        <source>Open return</source>
        <translation>처리 중인 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="210" />
        <source>Waive return</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="213" />
        <location filename="../../shopcare/ui/dialogs.py" line="310" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="220" />
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="224" />
        <source>Feedback is</source>
        <translation>피드백 종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="229" />
        <location filename="../../shopcare/ui/dialogs.py" line="244" />
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="241" />
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="243" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="256" />
        <source>Resolve complaint</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="258" />
        <source>Open complaint</source>
        <translation>처리 중인 불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="259" />
        <source>Resolution</source>
        <translation>해결 내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="266" />
        <source>Life event</source>
        <translation>경조사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="270" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="275" />
        <source>On (date)</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="276" />
        <location filename="../../shopcare/ui/dialogs.py" line="319" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="282" />
        <source>Referred elsewhere</source>
        <translation>다른 곳 안내</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="284" />
        <source>Item we could not supply</source>
        <translation>구해 드리지 못한 물품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="285" />
        <source>Sent to</source>
        <translation>안내한 곳</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="286" />
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="292" />
        <source>Gift sent</source>
        <translation>선물 보냄</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="294" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="295" />
        <source>Occasion</source>
        <translation>계기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="296" />
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="302" />
        <source>Schedule follow-up</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="316" />
        <source>Follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="318" />
        <source>Open follow-up</source>
        <translation>예정된 후속 연락</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="326" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="328" />
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="329" />
        <source>What was wrong</source>
        <translation>무엇이 틀렸나요</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="330" />
        <source>Withdraw the entry</source>
        <translation>이 항목 철회</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="437" />
        <source>Choose the entry to correct.</source>
        <translation>정정할 항목을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="42" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="44" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="59" />
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="263" />
        <source>ShopCare</source>
        <extracomment>Background work starts after the first paint, or after this long if never shown. Further behind than this, catching up shows a progress bar and saves wait for it. While history catches up, the views show what is there, refreshed this often. A backup the owner chose to restore: ``run_app`` restores it after this closes.</extracomment>
        <translation>ShopCare 고객 관리</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="264" />
        <source>&amp;Staff:</source>
        <translation>직원(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="265" />
        <source>Who is logging: everything saved records this name</source>
        <translation>기록하는 사람: 저장하는 모든 기록에 이 이름이 남습니다</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="266" />
        <source>&amp;Quick log</source>
        <translation>빠른 기록(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="267" />
        <source>Log a contact (Ctrl+L)</source>
        <translation>연락 기록 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="268" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="269" />
        <source>Register a new customer (Ctrl+N)</source>
        <translation>새 고객 등록 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="270" />
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="271" />
        <source>Search customers (Ctrl+F)</source>
        <translation>고객 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="272" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="273" />
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="274" />
        <source>&amp;Customers</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="276" />
        <source>T&amp;asks</source>
        <translation>할 일(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="277" />
        <source>&amp;Reports</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="278" />
        <source>Working in the background…</source>
        <translation>백그라운드에서 작업 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="289" />
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="345" />
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="424" />
        <source>%1 kind act(s) suggested for today.</source>
        <translation>오늘 제안된 마음 쓰기 %1건.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="434" />
        <source>The daily sweep did not run: %1</source>
        <translation>매일 점검을 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="483" />
        <source>Could not read new events: %1</source>
        <translation>새 기록을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="43" />
        <source>Quick log</source>
        <translation>빠른 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="48" />
        <source>Name, phone (last 4 digits), email or tag</source>
        <translation>이름, 전화번호(끝 4자리), 이메일 또는 태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="50" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="59" />
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="73" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="76" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="79" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="98" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="99" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="104" />
        <source>comma separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="105" />
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="108" />
        <source>What happened (Enter saves)</source>
        <translation>무슨 일이 있었나요 (Enter로 저장)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="109" />
        <source>&amp;Summary</source>
        <translation>내용(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="258" />
        <source>Weekly review</source>
        <translation>주간 리뷰</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="259" />
        <source>&amp;Week:</source>
        <translation>주(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="261" />
        <source>Pick a week or type one, e.g. 2026-W07</source>
        <translation>주를 고르거나 입력하세요 (예: 2026-W07)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="262" />
        <source>Save to:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="264" />
        <source>(automatic: %1)</source>
        <translation>(자동: %1)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="266" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="267" />
        <source>&amp;Make weekly review</source>
        <translation>주간 리뷰 만들기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="268" />
        <source>Task sheets</source>
        <translation>할 일 안내지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="269" />
        <source>Open tasks due within (days):</source>
        <translation>남은 할 일 중 기한 (일 이내):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="270" />
        <source>&amp;Print task sheets</source>
        <translation>할 일 안내지 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="271" />
        <source>Maintenance</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="274" />
        <source>Rebuild the lists and search from the saved events. Nothing is lost; use it if something looks out of date.</source>
        <translation>저장된 기록으로 목록과 검색을 다시 만듭니다. 잃는 것은 없습니다. 무언가 최신이 아닌 것 같을 때 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="278" />
        <source>&amp;Rebuild read models</source>
        <translation>목록 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="311" />
        <source>Save the weekly review</source>
        <translation>주간 리뷰 저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="330" />
        <source>Making the weekly review %1…</source>
        <translation>주간 리뷰 %1 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="346" />
        <source>Weekly review %1: %2</source>
        <translation>주간 리뷰 %1: %2</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="352" />
        <source>Could not make the PDF: %1</source>
        <translation>PDF를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="359" />
        <source>Making task sheets…</source>
        <translation>할 일 안내지 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="375" />
        <source>%1 task sheet(s): %2</source>
        <translation>할 일 안내지 %1장: %2</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="386" />
        <source>Rebuilding…</source>
        <translation>다시 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="403" />
        <source>Rebuilt from %1 events.</source>
        <translation>기록 %1건으로 다시 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="410" />
        <source>Could not rebuild: %1</source>
        <translation>다시 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="126" />
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="127" />
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="519" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="527" />
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="533" />
        <source>Staff (one per line)</source>
        <translation>직원 (한 줄에 한 명)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="536" />
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="540" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="541" />
        <source>A new language applies at once.</source>
        <translation>언어를 바꾸면 바로 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="555" />
        <source>The shop (all computers)</source>
        <translation>가게 (모든 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="561" />
        <source>Shop name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="562" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="570" />
        <source>Tasks, task sheets and reports are written in the shop's language.</source>
        <translation>할 일, 할 일 안내지, 보고서는 가게 언어로 써요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="572" />
        <source>Shop language</source>
        <translation>가게 언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="575" />
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="585" />
        <source>To use another folder, start ShopCare with --data-dir FOLDER or set SHOPCARE_DATA_DIR.</source>
        <translation>다른 폴더를 쓰려면 ShopCare를 --data-dir 폴더 로 시작하거나 SHOPCARE_DATA_DIR을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="591" />
        <source>Backups…</source>
        <translation>백업…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="596" />
        <source>Kind-act rules (all computers)</source>
        <translation>마음 쓰기 규칙 (모든 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="598" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="599" />
        <source>Days ahead</source>
        <translation>며칠 전</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="609" />
        <source>Lead time in days</source>
        <translation>미리 할 날 수</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="87" />
        <source>Due</source>
        <extracomment>The status filter: (stored value for ``list_tasks``, English label).</extracomment>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="88" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="89" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="90" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="91" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="92" />
        <source>For</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="93" />
        <source>Why / result</source>
        <translation>이유 / 결과</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="443" />
        <source>&amp;Show:</source>
        <translation>보기(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="445" />
        <source>All open</source>
        <translation>남은 일 전체</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="446" />
        <source>Suggested</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="447" />
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="448" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="449" />
        <source>Dismissed</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="450" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="459" />
        <source>Filter: customer, task, staff…</source>
        <translation>거르기: 고객, 할 일, 직원…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="461" />
        <source>&amp;Schedule…</source>
        <translation>예약(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="462" />
        <source>&amp;Done…</source>
        <translation>완료(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="463" />
        <source>D&amp;ismiss…</source>
        <translation>안 함(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="464" />
        <source>&amp;Add by hand…</source>
        <translation>직접 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="465" />
        <source>&amp;Print sheets</source>
        <translation>안내지 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="469" />
        <source>One PDF page per selected task</source>
        <translation>고른 할 일마다 PDF 한 쪽</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="558" />
        <source>Why: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="560" />
        <source>Suggested: %1</source>
        <translation>제안: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="562" />
        <source>Message: %1</source>
        <translation>메시지: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="565" />
        <source>%1 tasks selected</source>
        <translation>할 일 %1건 선택됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="567" />
        <source>Select a task to schedule, complete or print it.</source>
        <translation>예약, 완료, 인쇄할 할 일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="620" />
        <source>Schedule task</source>
        <translation>할 일 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="622" />
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="622" />
        <source>By when</source>
        <translation>언제까지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="641" />
        <source>Task done</source>
        <translation>할 일 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="644" />
        <source>What was done or sent</source>
        <translation>한 일 또는 보낸 것</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="645" />
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="645" />
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="646" />
        <location filename="../../shopcare/ui/tasks.py" line="699" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="664" />
        <source>Dismiss task</source>
        <translation>할 일 안 함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="666" />
        <source>Why not</source>
        <translation>하지 않는 이유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="693" />
        <source>Add a task by hand</source>
        <translation>할 일 직접 추가</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="696" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="697" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="698" />
        <source>Due</source>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="711" />
        <source>Select the tasks to print first.</source>
        <translation>먼저 인쇄할 할 일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="714" />
        <source>Making task sheets…</source>
        <translation>할 일 안내지 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="731" />
        <source>%1 task sheet(s): %2</source>
        <translation>할 일 안내지 %1장: %2</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="738" />
        <source>Could not make the PDF: %1</source>
        <translation>PDF를 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="205" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="206" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="207" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="208" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="209" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="247" />
        <source>[withdrawn]</source>
        <translation>[철회됨]</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../shopcare/ui/today.py" line="88" />
        <location filename="../../shopcare/ui/today.py" line="97" />
        <source>Due</source>
        <extracomment>The rows each list on Today shows at most (the count says how many there are).</extracomment>
        <translation>예정일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="89" />
        <location filename="../../shopcare/ui/today.py" line="98" />
        <location filename="../../shopcare/ui/today.py" line="108" />
        <location filename="../../shopcare/ui/today.py" line="118" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="90" />
        <location filename="../../shopcare/ui/today.py" line="109" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="91" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="99" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="100" />
        <source>For</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="101" />
        <source>Kind act</source>
        <translation>마음 쓰기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="107" />
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="110" />
        <source>Waiting for</source>
        <translation>기다리는 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="111" />
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="117" />
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="119" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="120" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="158" />
        <source>Follow-ups due (today and overdue)</source>
        <translation>후속 연락 예정 (오늘 및 지난 것)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="159" />
        <source>Kind acts due (today and overdue)</source>
        <translation>마음 쓰기 할 일 (오늘 및 지난 것)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="160" />
        <source>Customers waiting: open complaints and returns</source>
        <translation>기다리는 고객: 처리 중인 불만과 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="161" />
        <source>Recent contacts</source>
        <translation>최근 연락</translation>
    </message>
</context>
</TS>