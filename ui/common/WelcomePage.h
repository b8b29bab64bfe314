// The first thing a new user sees: what MedChain is, who it serves and how to begin.
// One read-only text browser, so the text wraps, scrolls and is readable by keyboard.
#pragma once

#include <QWidget>

class QTextBrowser;

namespace medchain::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_text = nullptr;
};

} // namespace medchain::ui
