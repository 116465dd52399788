<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="466" />
        <source>Edit customer</source>
        <translation>고객 정보 수정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="466" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="471" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="472" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="473" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="474" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="475" />
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="476" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="477" />
        <source>Tags (comma separated)</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="478" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="179" />
        <source>&amp;Purchase</source>
        <translation>구매(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="181" />
        <source>&amp;Feedback</source>
        <translation>의견(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="182" />
        <source>Co&amp;mplaint</source>
        <translation>불만(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="183" />
        <source>&amp;Life event</source>
        <translation>경조사(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="185" />
        <source>&amp;Gift</source>
        <translation>선물(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="178" />
        <source>L&amp;og contact</source>
        <extracomment>The correction column's width when no entry shown is corrected (room for the summary). (object name, label, [(method, label) ...]) — one button, or one button with a menu.</extracomment>
        <translation>연락 기록(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="180" />
        <source>Ret&amp;urn</source>
        <translation>반품(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="184" />
        <source>Referre&amp;d</source>
        <translation>다른 곳 안내(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="186" />
        <source>Follo&amp;w-up</source>
        <translation>후속 연락(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="187" />
        <source>Correct&amp;ion</source>
        <translation>정정(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="192" />
        <source>Request return</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="193" />
        <source>Return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="194" />
        <source>Waive return</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="195" />
        <source>Raise complaint</source>
        <translation>불만 접수</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="196" />
        <source>Resolve complaint</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="197" />
        <source>Schedule follow-up</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="198" />
        <source>Follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="202" />
        <source>&amp;Edit details</source>
        <translation>정보 수정(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="203" />
        <source>&lt;b&gt;Timeline&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;타임라인&lt;/b&gt; (최신순)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="204" />
        <source>S&amp;how:</source>
        <translation>보기(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="209" />
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="247" />
        <source>Choose a customer on the left, or add a new one.</source>
        <translation>왼쪽에서 고객을 고르거나 새 고객을 추가해 주세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="251" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="252" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="253" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="255" />
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="258" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="259" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="311" />
        <source>Name or phone digits</source>
        <translation>이름 또는 전화번호 숫자</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="113" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="113" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="113" />
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="113" />
        <source>Last contact</source>
        <translation>마지막 연락</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="357" />
        <source>Search: name, phone (e.g. last 4 digits), email or tag  (Ctrl+F)</source>
        <translation>검색: 이름, 전화번호(끝 4자리 등), 이메일, 태그  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/customers.py" line="359" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="172" />
        <source>When (blank = now)</source>
        <extracomment>The application's command the form calls: ``command(app, actor, customer, **values)``. Refused without an entry chosen (a correction must point at something).</extracomment>
        <translation>일시 (비우면 지금)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="183" />
        <source>Log contact</source>
        <translation>연락 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="187" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="194" />
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="199" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="202" />
        <source>Sentiment</source>
        <translation>분위기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="208" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="212" />
        <source>Topics (comma separated)</source>
        <translation>주제 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="217" />
        <location filename="../../shopcare/ui/dialogs.py" line="279" />
        <location filename="../../shopcare/ui/dialogs.py" line="295" />
        <source>Touchpoint</source>
        <translation>접점</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="221" />
        <source>Minutes</source>
        <translation>걸린 시간(분)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="222" />
        <source>Went beyond</source>
        <translation>특별히 해 드린 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="229" />
        <source>Note purchase</source>
        <translation>구매 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="231" />
        <location filename="../../shopcare/ui/dialogs.py" line="241" />
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="232" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="239" />
        <source>Request return</source>
        <translation>반품 요청</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="242" />
        <location filename="../../shopcare/ui/dialogs.py" line="359" />
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="249" />
        <source>Return received</source>
        <translation>반품 받음</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="250" />
        <location filename="../../shopcare/ui/dialogs.py" line="258" />
        <source>Open return</source>
        <translation>처리 중인 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="256" />
        <source>Waive return</source>
        <translation>반품 면제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="259" />
        <location filename="../../shopcare/ui/dialogs.py" line="363" />
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="267" />
        <source>Feedback</source>
        <translation>의견</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="271" />
        <source>Feedback is</source>
        <translation>의견 종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="276" />
        <location filename="../../shopcare/ui/dialogs.py" line="292" />
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="289" />
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="291" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="305" />
        <source>Resolve complaint</source>
        <translation>불만 해결</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="307" />
        <source>Open complaint</source>
        <translation>처리 중인 불만</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="308" />
        <source>Resolution</source>
        <translation>해결 내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="316" />
        <source>Life event</source>
        <translation>경조사</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="320" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="325" />
        <source>On (date)</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="326" />
        <location filename="../../shopcare/ui/dialogs.py" line="373" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="333" />
        <source>Referred elsewhere</source>
        <translation>다른 곳 안내</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="335" />
        <source>Item we could not supply</source>
        <translation>구해 드리지 못한 품목</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="336" />
        <source>Sent to</source>
        <translation>안내한 곳</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="337" />
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="344" />
        <source>Gift sent</source>
        <translation>선물 보냄</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="346" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="347" />
        <source>Occasion</source>
        <translation>보낸 까닭</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="348" />
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="355" />
        <source>Schedule follow-up</source>
        <translation>후속 연락 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="370" />
        <source>Follow-up done</source>
        <translation>후속 연락 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="372" />
        <source>Open follow-up</source>
        <translation>예정된 후속 연락</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="381" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="383" />
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="384" />
        <source>What was wrong</source>
        <translation>무엇이 틀렸나요</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="385" />
        <source>Withdraw the entry</source>
        <translation>이 항목 통째로 취소</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="56" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="58" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/forms.py" line="73" />
        <source>Could not save: %1</source>
        <translation>저장하지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="284" />
        <source>ShopCare</source>
        <extracomment>Background work starts after the first paint, or after this long if never shown. Further behind than this, catching up shows a progress bar and saves wait for it. While history catches up, the views show what is there, refreshed this often. The staff picker's last item: a name not on the shop's list. Ask a new shop its name, staff and language once the history is caught up. A backup the owner chose to restore: ``run_app`` restores it after this closes.</extracomment>
        <translation>ShopCare 고객 관리</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="285" />
        <source>&amp;Staff:</source>
        <translation>직원(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="286" />
        <source>Who is logging: everything saved records this name</source>
        <translation>기록하는 사람: 저장하는 모든 기록에 이 이름이 남아요</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="287" />
        <source>&amp;Quick log</source>
        <translation>빠른 기록(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="288" />
        <source>Log a contact (Ctrl+L)</source>
        <translation>연락 기록 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="289" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="290" />
        <source>Register a new customer (Ctrl+N)</source>
        <translation>새 고객 등록 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="291" />
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="292" />
        <source>Search customers (Ctrl+F)</source>
        <translation>고객 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="293" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="295" />
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="296" />
        <source>&amp;Customers</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="298" />
        <source>T&amp;asks</source>
        <translation>할 일(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="299" />
        <source>&amp;Reports</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="300" />
        <source>Working in the background…</source>
        <translation>백그라운드에서 작업 중…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="306" />
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="441" />
        <source>Saved.</source>
        <translation>저장했어요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="527" />
        <source>%1 kind act(s) suggested for today.</source>
        <translation>오늘 마음 쓰기 %1건을 제안했어요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="537" />
        <source>The daily sweep did not run: %1</source>
        <translation>오늘의 마음 쓰기 찾기를 하지 못했어요: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/main_window.py" line="587" />
        <source>Could not read new events: %1</source>
        <translation>새 기록을 읽지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="70" />
        <source>Quick log</source>
        <extracomment>How many matches the list shows without scrolling.</extracomment>
        <translation>빠른 기록</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="75" />
        <source>Name, phone (last 4 digits), email or tag</source>
        <translation>이름, 전화번호(끝 4자리), 이메일 또는 태그</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="77" />
        <source>&amp;New customer</source>
        <translation>새 고객(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="86" />
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="109" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="112" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="117" />
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="136" />
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="137" />
        <source>Connection made</source>
        <translation>마음이 통함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="142" />
        <source>comma separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="143" />
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="146" />
        <source>What happened (Enter saves)</source>
        <translation>무슨 일이 있었나요 (Enter로 저장)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/quick_log.py" line="147" />
        <source>&amp;Summary</source>
        <translation>내용(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="329" />
        <source>Weekly review</source>
        <translation>주간 리뷰</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="330" />
        <source>&amp;Week:</source>
        <translation>주(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="332" />
        <source>Pick a week or type one, e.g. 2026-W07</source>
        <translation>주를 고르거나 입력해 주세요 (예: 2026-W07)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="333" />
        <source>Save to:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="335" />
        <source>(automatic: %1)</source>
        <translation>(자동: %1)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="337" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="338" />
        <source>&amp;Make weekly review</source>
        <translation>주간 리뷰 만들기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="339" />
        <source>Task sheets</source>
        <translation>할 일 안내지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="340" />
        <source>Open tasks due within (days):</source>
        <translation>며칠 안에 기한이 오는 할 일:</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="341" />
        <source>&amp;Print task sheets</source>
        <translation>할 일 안내지 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="342" />
        <source>Maintenance</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="345" />
        <source>Rebuild the lists and search from the saved events. Nothing is lost; use it if something looks out of date.</source>
        <translation>저장된 기록으로 목록과 검색을 다시 만들어요. 잃는 것은 없어요. 무언가 최신이 아닌 것 같을 때 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="349" />
        <source>Re&amp;build read models</source>
        <translation>목록 다시 만들기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="378" />
        <source>Save the weekly review</source>
        <translation>주간 리뷰 저장</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="398" />
        <source>Making the weekly review %1…</source>
        <translation>주간 리뷰(%1)를 만드는 중이에요…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="414" />
        <source>Weekly review %1: %2</source>
        <translation>주간 리뷰 %1: %2</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="422" />
        <source>Could not make the PDF: %1</source>
        <translation>PDF를 만들지 못했어요: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="429" />
        <source>Making task sheets…</source>
        <translation>할 일 안내지를 만드는 중이에요…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="457" />
        <source>Rebuilding…</source>
        <translation>목록을 다시 만드는 중이에요…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="474" />
        <source>Rebuilt from %1 events.</source>
        <translation>기록 %1건으로 다시 만들었어요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="481" />
        <source>Could not rebuild: %1</source>
        <translation>다시 만들지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="158" />
        <source>Open</source>
        <extracomment>A result line: words as they are, or how to say them (again, in a new language).</extracomment>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/reports.py" line="159" />
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="530" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="538" />
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
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
        <translation>언어를 바꾸면 바로 적용돼요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="566" />
        <source>The shop (all computers)</source>
        <translation>가게 (모든 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="572" />
        <source>Shop name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="573" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="581" />
        <source>Tasks, task sheets and reports are written in the shop's language.</source>
        <translation>할 일, 할 일 안내지, 보고서는 가게 언어로 나와요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="583" />
        <source>Shop language</source>
        <translation>가게 언어</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="586" />
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="596" />
        <source>To use another folder, start ShopCare with --data-dir FOLDER or set SHOPCARE_DATA_DIR.</source>
        <translation>다른 폴더를 쓰려면 ShopCare를 시작할 때 --data-dir 폴더를 붙이거나 SHOPCARE_DATA_DIR을 설정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="602" />
        <source>Backups…</source>
        <translation>백업…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="607" />
        <source>Kind-act rules (all computers)</source>
        <translation>마음 쓰기 규칙 (모든 컴퓨터)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="609" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="610" />
        <source>Days ahead</source>
        <translation>며칠 전</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/dialogs.py" line="620" />
        <source>Lead time in days</source>
        <translation>미리 챙길 날수</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="108" />
        <source>Due</source>
        <extracomment>The filter: this week's plan, what could be done too, or a status ('' for all). The filters that show the week's plan, in rank order.</extracomment>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="109" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="110" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="111" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="112" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="113" />
        <source>For</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="114" />
        <source>Why / result</source>
        <translation>이유 / 결과</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="456" />
        <source>All open</source>
        <translation>남은 일 전체</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="457" />
        <source>Suggested</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="458" />
        <source>Scheduled</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="459" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="460" />
        <source>Dismissed</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="461" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="470" />
        <source>Filter: customer, task, staff…</source>
        <translation>찾기: 고객, 할 일, 직원…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="472" />
        <source>&amp;Schedule…</source>
        <translation>예약(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="473" />
        <source>&amp;Done…</source>
        <translation>완료(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="474" />
        <source>D&amp;ismiss…</source>
        <translation>안 함(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="450" />
        <source>S&amp;how:</source>
        <translation>보기(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="475" />
        <source>Add &amp;by hand…</source>
        <translation>직접 추가(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="476" />
        <source>&amp;Print sheets</source>
        <translation>안내지 인쇄(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="480" />
        <source>One PDF page per selected task</source>
        <translation>고른 할 일마다 PDF 한 쪽</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="578" />
        <source>Why: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="585" />
        <source>Suggested: %1</source>
        <translation>제안: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="587" />
        <source>Message: %1</source>
        <translation>메시지: %1</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="590" />
        <source>%1 tasks selected</source>
        <translation>할 일 %1건 선택됨</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="592" />
        <source>Select a task to schedule, complete or print it.</source>
        <translation>예약, 완료, 인쇄할 할 일을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="648" />
        <source>Schedule task</source>
        <translation>할 일 예약</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="634" />
        <source>Who</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="639" />
        <source>By when</source>
        <translation>언제까지</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="669" />
        <source>Task done</source>
        <translation>할 일 완료</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="672" />
        <source>What was done or sent</source>
        <translation>한 일 또는 보낸 것</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="673" />
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="673" />
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="674" />
        <location filename="../../shopcare/ui/tasks.py" line="727" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="692" />
        <source>Dismiss task</source>
        <translation>할 일 안 함</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="694" />
        <source>Why not</source>
        <translation>하지 않는 이유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="721" />
        <source>Add a task by hand</source>
        <translation>할 일 직접 추가</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="724" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="725" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="726" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="739" />
        <source>Select the tasks to print first.</source>
        <translation>먼저 인쇄할 할 일을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="742" />
        <source>Making task sheets…</source>
        <translation>할 일 안내지를 만드는 중이에요…</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/tasks.py" line="766" />
        <source>Could not make the PDF: %1</source>
        <translation>PDF를 만들지 못했어요: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../shopcare/ui/models.py" line="209" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="210" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="211" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="212" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="213" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/models.py" line="251" />
        <source>[withdrawn]</source>
        <translation>[취소됨]</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../shopcare/ui/today.py" line="145" />
        <location filename="../../shopcare/ui/today.py" line="156" />
        <source>Due</source>
        <extracomment>The rows each list on Today shows at most (the count says how many there are). "Could do" was clicked: show the acts beyond this week's budget.</extracomment>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="146" />
        <location filename="../../shopcare/ui/today.py" line="157" />
        <location filename="../../shopcare/ui/today.py" line="167" />
        <location filename="../../shopcare/ui/today.py" line="177" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="147" />
        <location filename="../../shopcare/ui/today.py" line="168" />
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="148" />
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="159" />
        <source>For</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="158" />
        <source>Kind act</source>
        <translation>마음 쓰기</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="166" />
        <source>Since</source>
        <translation>언제부터</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="169" />
        <source>Waiting for</source>
        <translation>기다리는 일</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="170" />
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="176" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="178" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="179" />
        <source>Summary</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="266" />
        <source>Follow-ups due (today and overdue)</source>
        <extracomment>"This week's acts" was clicked: the whole list is on the Tasks tab.</extracomment>
        <translation>기한이 된 후속 연락 (오늘과 지난 것)</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="268" />
        <source>Customers waiting: open complaints and returns</source>
        <translation>기다리시는 고객: 처리 중인 불만과 반품</translation>
    </message>
    <message>
        <location filename="../../shopcare/ui/today.py" line="269" />
        <source>Recent contacts</source>
        <translation>최근 연락</translation>
    </message>
</context>
</TS>