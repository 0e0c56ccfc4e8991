#include <QTest>
class T : public QObject
{
    Q_OBJECT private Q_SLOTS : void x() { }
};
QTEST_GUILESS_MAIN(T)
#include "tst_server_concurrency.moc"
