// Asks why an identity is revoked before the authority is asked to confirm it: names who it is
// (what, whose, the full id) and takes a reason, which is required and goes on chain.
#pragma once

#include "client/ClientTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medchain::ui {

class RevokeDialog : public QDialog {
    Q_OBJECT
public:
    /// The longest reason taken, in characters: the chain takes 500 bytes of UTF-8, which 160
    /// characters never exceed, Chinese included.
    static constexpr int MaxReasonLength = 160;

    explicit RevokeDialog(const client::Party &who, QWidget *parent = nullptr);

    const client::Party &who() const { return m_who; }
    QString reason() const;
    /// "李伟 (Practitioner, 合肥市第一人民医院)", or the id for someone this replica does not name.
    static QString describe(const client::Party &who);

public slots:
    /// Accepts only with a reason.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    client::Party m_who;
    QLabel *m_text = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace medchain::ui
