// Help ▸ About: the product, its version and the libraries (with versions) it runs on.
// The library list doubles as a bug-report aid, so it can be selected and copied.
#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace medchain::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The library table, for tests.
    QTreeWidget *libraryTable() const { return m_libraries; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QLabel *m_description = nullptr;
    QTreeWidget *m_libraries = nullptr;
};

} // namespace medchain::ui
