import QtQuick
import QtTest
import Brugboek.App
import Brugboek.Ui

// Vandaag: every list on it is bounded (a large caseload has thousands of
// calls due); the rest is behind "Toon alle (N)".
// TestCase is invisible: the page lives beside it, in this item.
Item {
    id: host
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Vandaag"
        when: windowShown

        Component {
            id: pageComponent
            VandaagPage {
                width: host.width
                height: host.height
            }
        }

        function init() {
            failOnWarning(/.*/)
        }

        function test_listsAreBounded() {
            const page = createTemporaryObject(pageComponent, host)
            verify(page)
            const calls = findChild(page, "calls")
            verify(calls)
            verify(calls.limit > 0 && calls.limit <= 8, "calls limit " + calls.limit)
            verify(calls.count <= calls.limit)
            verify(calls.totalCount >= calls.count)
            const followUps = findChild(page, "followUps")
            verify(followUps)
            verify(followUps.limit > 0 && followUps.limit <= 8, "follow-ups limit " + followUps.limit)
            verify(followUps.count <= followUps.limit)
            const all = findChild(page, "allCalls")
            verify(all)
            compare(all.visible, calls.totalCount > calls.count)
        }
    }
}
