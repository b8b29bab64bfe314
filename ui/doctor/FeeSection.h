// The fees of an encounter: an item and an amount in yuan (read by wallet::parseYuan into integer
// fen), with the total. Exam orders add their catalog fee here.
#pragma once

#include "doctor/EncounterSection.h"
#include "records/RecordContent.h"

class QLabel;
class QLineEdit;

namespace medchain::ui {

class FeeSection : public EncounterSection {
    Q_OBJECT
public:
    explicit FeeSection(QWidget *parent = nullptr);

    const QList<records::Fee> &items() const { return m_items; }
    void setItems(const QList<records::Fee> &items);
    /// Adds a fee line (an exam's catalog fee).
    void addFee(const QString &item, qint64 amountFen);
    bool hasInput() const override;
    QList<QWidget *> inputs() const override;

protected:
    QString addFromInput() override;
    void removeItem(int row) override;
    void clearItems() override;
    void clearInput() override;
    QList<Line> lines() const override;
    void retranslateSection() override;

private:
    void updateTotal();

    QLabel *m_itemLabel = nullptr;
    QLineEdit *m_item = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_total = nullptr;
    QList<records::Fee> m_items;
};

} // namespace medchain::ui
