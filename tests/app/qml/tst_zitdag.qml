import QtQuick
import QtTest
import Brugboek.App
import Brugboek.Ui

// A zitdag: open a session at a school, note a conversation with a referral
// made inline, end the session and read the summary.
// TestCase is invisible: the page lives beside it, in this item.
Item {
    id: host
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Zitdag"
        when: windowShown

        Component {
            id: pageComponent
            ZitdagPage {
                width: host.width
                height: host.height
            }
        }
        ReferralModel {
            id: referrals
            context: AppContext
        }

        function init() {
            failOnWarning(/.*/)
        }

        // Clicks `item` once the layouts have placed it.
        function tap(item) {
            verify(item)
            tryVerify(() => item.visible && item.width > 0 && item.height > 0)
            wait(50)
            mouseClick(item)
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_session() {
            const page = createTemporaryObject(pageComponent, host)
            verify(page)
            const school = findChild(page, "school0")
            verify(school)
            tap(school)
            verify(page.session.sessionOpen)
            compare(page.session.schoolName, "Sint-Jozef")
            verify(page.title.indexOf("Sint-Jozef") >= 0)
            const before = page.session.conversationCount
            const referralsBefore = referrals.count

            const search = findChild(page, "householdSearch")
            tap(search)
            type("el am")
            let hit = null
            tryVerify(() => (hit = findChild(page, "householdHit0")) !== null && hit.visible)
            tap(hit)
            compare(page.conversation.householdName, "El Amrani")
            tap(findChild(page, "chip_school"))

            const org = findChild(page, "organisationSearch")
            tap(org)
            type("schuld")
            let orgHit = null
            tryVerify(() => (orgHit = findChild(page, "organisationHit0")) !== null && orgHit.visible)
            tap(orgHit)
            const need = findChild(page, "needField")
            tryVerify(() => need.visible)
            tap(need)
            type("afbetalingsplan")
            tap(findChild(page, "addReferral"))
            compare(page.conversation.referrals.length, 1)

            const save = findChild(page, "saveConversation")
            verify(save.enabled)
            tap(save)
            compare(page.session.conversationCount, before + 1)
            compare(referrals.count, referralsBefore + 1)

            const end = findChild(page, "endSession")
            tap(end)
            verify(page.session.ended)
            const summary = findChild(page, "summary")
            tryVerify(() => summary.visible)
            verify(summary.text.indexOf("1 referral") >= 0, summary.text)
        }

        // The school where conversations are booked today is one tap away;
        // a booking becomes a conversation; a new one is booked for later.
        function test_booking() {
            const page = createTemporaryObject(pageComponent, host)
            verify(page)
            const suggested = findChild(page, "suggestedSchool")
            tap(suggested)
            verify(page.session.sessionOpen)
            compare(page.session.schoolName, "Sint-Jozef")
            verify(page.session.bookings.count >= 1)
            const open = page.session.bookings.openCount
            verify(open >= 1)

            const booking = findChild(page, "booking0")
            tap(booking)
            compare(page.conversation.householdName, "Haddad")
            compare(page.conversation.bookingId, page.session.bookings.get(0, "bookingId"))
            tap(findChild(page, "chip_school"))
            const conversations = page.session.conversationCount
            tap(findChild(page, "saveConversation"))
            compare(page.session.conversationCount, conversations + 1)
            compare(page.session.bookings.get(0, "status"), "seen")
            compare(page.session.bookings.openCount, open - 1)

            // A parent not known yet, booked for 11:00.
            tap(findChild(page, "bookConversation"))
            const dialog = findChild(page, "bookingDialog")
            verify(dialog)
            tryVerify(() => dialog.opened)
            const search = findChild(dialog.contentItem, "householdSearch")
            verify(search)
            tap(search)
            type("papa van Yusuf")
            tap(findChild(dialog.contentItem, "unknownParent"))
            compare(dialog.booking.unknownParent, "papa van Yusuf")
            verify(!dialog.booking.canSave) // no time yet
            dialog.booking.time = "11:00"
            const book = findChild(dialog.footer, "saveBooking")
            verify(book.enabled)
            tap(book)
            tryVerify(() => !dialog.visible)
            compare(page.session.bookings.openCount, open)
            const last = page.session.bookings.count - 1
            compare(page.session.bookings.get(last, "timeText"), "11:00")
            verify(page.session.bookings.get(last, "title").indexOf("papa van Yusuf") >= 0)
        }
    }
}
